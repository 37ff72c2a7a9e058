//! Tedbul's code tables (seed 002).

use super::CodeTable;
use crate::code_table;
use crate::service::Service;

code_table! {
    /// Tedbul ad status (adsStatus, status).
    pub enum TedbulAdStatus, TEDBUL_AD_STATUS = (Service::Tedbul, "ad_status", int) {
        Aktif = 1 => "Aktif",
        Pasif = 2 => "Pasif",
    }
}

/// Every Tedbul code table.
pub(super) static TABLES: &[&CodeTable] = &[&TEDBUL_AD_STATUS];
