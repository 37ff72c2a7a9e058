//! The certificates a TLS connection trusts: the operating system's store (or
//! `SSL_CERT_FILE` / `SSL_CERT_DIR` when set) together with the bundled public roots,
//! so a company CA works and a machine without a CA bundle still reaches public hosts.

use std::sync::Arc;
use ureq::tls::{Certificate, RootCerts};

/// The roots to trust, and why some of the system's could not be read (for error messages).
pub struct TrustRoots {
    /// The operating system's certificates followed by the bundled ones.
    pub roots: RootCerts,
    /// What went wrong reading the system store, if anything (the bundled roots still apply).
    pub problem: Option<String>,
}

/// Reads the system store (`SSL_CERT_FILE` / `SSL_CERT_DIR` instead, when either is set)
/// and adds the bundled public roots.
pub fn trust_roots() -> TrustRoots {
    let system = rustls_native_certs::load_native_certs();
    let problem = (!system.errors.is_empty()).then(|| {
        let reasons: Vec<String> = system.errors.iter().map(ToString::to_string).collect();
        format!(
            "some of the system's certificates could not be read ({})",
            reasons.join("; ")
        )
    });
    let mut roots: Vec<Certificate<'static>> = system
        .certs
        .iter()
        .map(|der| Certificate::from_der(der.as_ref()).to_owned())
        .collect();
    roots.extend(
        webpki_root_certs::TLS_SERVER_ROOT_CERTS
            .iter()
            .map(|der| Certificate::from_der(der.as_ref())),
    );
    TrustRoots {
        roots: RootCerts::Specific(Arc::new(roots)),
        problem,
    }
}
