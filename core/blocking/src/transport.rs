//! Where requests go: the network (ureq 3 + rustls) or the in-process sandbox.
//!
//! Network requests go through the proxy the config's `proxy` key or the
//! environment names ([`kopru_core::proxy::proxy_for`]) and trust the operating
//! system's certificates as well as the bundled roots ([`crate::roots`]).

use crate::roots::trust_roots;
use kopru_core::proxy::proxy_for;
use kopru_core::sandbox::Sandbox;
use kopru_core::{Config, HttpRequest, HttpResponse};
use std::sync::Mutex;
use std::time::Duration;
use ureq::http;
use ureq::tls::TlsConfig;

/// Why a request got no response.
#[derive(Debug)]
pub struct TransportFailure {
    /// What happened, without secrets.
    pub message: String,
    /// True for a timeout.
    pub timed_out: bool,
}

/// Sends requests and returns responses.
pub enum Transport {
    /// Real HTTP.
    Network(Network),
    /// The in-process emulator.
    Sandbox(Mutex<Sandbox>),
}

impl Transport {
    /// The transport a config asks for.
    pub fn for_config(config: &Config) -> Transport {
        if config.sandbox {
            return Transport::Sandbox(Mutex::new(Sandbox::new(config.service)));
        }
        Transport::Network(Network::for_config(config))
    }

    /// Sends one request; `now_ms` is the sandbox's clock.
    pub fn send(
        &self,
        request: &HttpRequest,
        now_ms: u64,
    ) -> Result<HttpResponse, TransportFailure> {
        match self {
            Transport::Sandbox(sandbox) => {
                let mut sandbox = sandbox.lock().unwrap_or_else(|p| p.into_inner());
                Ok(sandbox.handle(request, now_ms))
            }
            Transport::Network(network) => network.send(request),
        }
    }
}

/// A ureq agent set up for one config's host, or why none could be.
pub struct Network {
    /// The agent, or why the proxy could not be used (every send then fails with it).
    agent: Result<ureq::Agent, String>,
    /// What went wrong reading the system's certificates, added to failures.
    trust_problem: Option<String>,
}

impl Network {
    /// The agent for `config`: its proxy (or none) and the trusted roots.
    fn for_config(config: &Config) -> Network {
        let roots = trust_roots();
        let tls = TlsConfig::builder().root_certs(roots.roots).build();
        let agent = proxy_for(&config.proxy, &config.base_url, |name| {
            std::env::var(name).ok()
        })
        .map_err(|error| error.to_string())
        .and_then(|proxy| {
            proxy
                .map(|url| {
                    ureq::Proxy::new(url.expose()).map_err(|_| {
                        "the proxy URL could not be read (check its host and port)".to_string()
                    })
                })
                .transpose()
        })
        .map(|proxy| {
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .timeout_global(Some(Duration::from_millis(config.timeout_ms)))
                .max_redirects(0)
                .proxy(proxy)
                .tls_config(tls)
                .build()
                .into()
        });
        Network {
            agent,
            trust_problem: roots.problem,
        }
    }

    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportFailure> {
        let agent = self.agent.as_ref().map_err(|message| TransportFailure {
            message: message.clone(),
            timed_out: false,
        })?;
        send_over_network(agent, request).map_err(|mut failure| {
            if let Some(problem) = &self.trust_problem {
                failure.message = format!("{}; {problem}", failure.message);
            }
            failure
        })
    }
}

fn send_over_network(
    agent: &ureq::Agent,
    request: &HttpRequest,
) -> Result<HttpResponse, TransportFailure> {
    let mut builder = http::Request::builder()
        .method(request.method.as_str())
        .uri(request.url.as_str());
    for (name, value) in &request.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let built = match &request.body {
        Some(body) => builder
            .body(body.clone().into_bytes())
            .map(|r| agent.run(r)),
        None => builder.body(()).map(|r| agent.run(r)),
    };
    let outcome = built.map_err(|e| TransportFailure {
        message: format!("could not build the request: {e}"),
        timed_out: false,
    })?;
    let mut response = outcome.map_err(|e| TransportFailure {
        timed_out: matches!(e, ureq::Error::Timeout(_)),
        message: e.to_string(),
    })?;
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let body = response
        .body_mut()
        .read_to_string()
        .map_err(|e| TransportFailure {
            timed_out: matches!(e, ureq::Error::Timeout(_)),
            message: format!("reading the response body failed: {e}"),
        })?;
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}
