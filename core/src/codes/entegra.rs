//! Entegra's code tables (seed 000).

use super::CodeTable;
use crate::code_table;
use crate::service::Service;

code_table! {
    /// Entegra order status (seed 000, "STATUS IDs").
    pub enum EntegraOrderStatus, ENTEGRA_ORDER_STATUS = (Service::Entegra, "order_status", int) {
        YeniSiparis = 1 => "Yeni Sipariş",
        Onaylandi = 2 => "Onaylandı",
        Kargolandi = 3 => "Kargolandı",
        Tamamlandi = 4 => "Tamamlandı",
        Hatali = 5 => "Hatalı",
        OnSiparis = 6 => "Ön Sipariş",
        KargoyaHazir = 7 => "Kargoya Hazır",
        OdemeAlindi = 8 => "Ödeme Alındı",
        IadeIptal = 9 => "İade-İptal",
        OnayBekliyor = 10 => "Onay Bekliyor",
        IadesiOnaylanan = 11 => "İadesi Onaylanan",
        Hazirlaniyor = 12 => "Hazırlanıyor",
        TedarikSurecinde = 13 => "Tedarik Sürecinde",
    }
}

/// Every Entegra code table.
pub(super) static TABLES: &[&CodeTable] = &[&ENTEGRA_ORDER_STATUS];
