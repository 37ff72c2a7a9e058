//! Tedbul's code tables (seed 002).

use super::CodeTable;
use crate::code_table;
use crate::service::Service;

code_table! {
    /// Tedbul order status (orderStatus of sold and purchased orders; seed 002, "orderStatus alabildiği değerler").
    pub enum TedbulOrderStatus, TEDBUL_ORDER_STATUS = (Service::Tedbul, "order_status", int) {
        SaticiOnayiBekliyor = 0 => "Satıcı Onayı Bekliyor",
        KargolanmasiBekleniyor = 1 => "Kargolanması Bekleniyor",
        Kargoda = 2 => "Kargoda",
        Tamamlandi = 3 => "Tamamlandı",
        IptalEdildi = 4 => "İptal Edildi",
        AliciOnayiBekleniyor = 6 => "Alıcı Onayı Bekleniyor",
        IptalTalebi = 8 => "İptal Talebi",
    }
}

code_table! {
    /// Tedbul ad status (adsStatus, status).
    pub enum TedbulAdStatus, TEDBUL_AD_STATUS = (Service::Tedbul, "ad_status", int) {
        Aktif = 1 => "Aktif",
        Pasif = 2 => "Pasif",
    }
}

code_table! {
    /// Tedbul integration report type (messageType of `api/user/integrationdata`).
    pub enum TedbulMessageType, TEDBUL_MESSAGE_TYPE = (Service::Tedbul, "message_type", int) {
        Basarisiz = 1 => "Başarısız",
        Basarili = 2 => "Başarılı",
    }
}

/// Every Tedbul code table.
pub(super) static TABLES: &[&CodeTable] = &[
    &TEDBUL_ORDER_STATUS,
    &TEDBUL_AD_STATUS,
    &TEDBUL_MESSAGE_TYPE,
];
