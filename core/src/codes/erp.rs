//! The ERP's code tables (seed 001, Nebim V3).

use super::CodeTable;
use crate::code_table;
use crate::service::Service;

code_table! {
    /// ERP item type (ItemTypeCode).
    pub enum ErpItemType, ERP_ITEM_TYPE = (Service::Erp, "item_type", int) {
        Urun = 1 => "Ürün",
        Malzeme = 2 => "Malzeme",
        Masraf = 4 => "Masraf",
        Servis = 5 => "Servis",
        SabitKiymet = 6 => "Sabit Kıymet",
    }
}

/// Every ERP code table.
pub(super) static TABLES: &[&CodeTable] = &[&ERP_ITEM_TYPE];
