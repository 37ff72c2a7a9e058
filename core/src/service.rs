//! The three services kopru speaks to.

use serde::{Deserialize, Serialize};

/// One of the services kopru connects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Service {
    /// Entegra, the e-commerce integrator (seed 000): JWT auth, products, orders.
    Entegra,
    /// The ERP's REST layer (seed 001, Nebim V3 data model): Basic auth, read-only lists.
    Erp,
    /// Tedbul, the B2B marketplace (seed 002): bearer token, ads and orders.
    Tedbul,
}

impl Service {
    /// Every service, in a fixed order.
    pub const ALL: [Service; 3] = [Service::Entegra, Service::Erp, Service::Tedbul];

    /// The lowercase name used in configs and operation names.
    pub fn name(self) -> &'static str {
        match self {
            Service::Entegra => "entegra",
            Service::Erp => "erp",
            Service::Tedbul => "tedbul",
        }
    }

    /// Parses a service name as written in a config.
    pub fn from_name(name: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The vendor's production base URL; the ERP has none (each customer hosts its own).
    pub fn default_base_url(self) -> Option<&'static str> {
        match self {
            Service::Entegra => Some("https://apiv2.entegrabilisim.com"),
            Service::Erp => None,
            Service::Tedbul => Some("https://api.tedbul.com.tr/"),
        }
    }

    /// The base URL used with `sandbox: true` when the config names none.
    pub fn sandbox_base_url(self) -> &'static str {
        match self {
            Service::Entegra => "https://apiv2.entegrabilisim.com",
            Service::Erp => "https://erp.sandbox.invalid",
            Service::Tedbul => "https://api.tedbul.com.tr/",
        }
    }
}
