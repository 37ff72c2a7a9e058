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

code_table! {
    /// Entegra cargo fee type: who pays the shipment, and how (seed 000, "Cargo Fee Type").
    pub enum EntegraCargoFeeType, ENTEGRA_CARGO_FEE_TYPE = (Service::Entegra, "cargo_fee_type", int) {
        AliciOder = 1 => "Alıcı Öder",
        SaticiOder = 2 => "Satıcı Öder",
        SaticiOderKapidaNakit = 3 => "Satıcı Öder Kapıda Nakit",
        SaticiOderKapidaKrediKarti = 4 => "Satıcı Öder Kapıda Kredikartı",
        GgOder = 5 => "GG Öder",
        N11Oder = 6 => "N11 Öder",
        HbOder = 7 => "HB Öder",
        AliciOderKapidaKrediKarti = 8 => "Alıcı Öder Kapıda Kredikartı",
        AliciOderKapidaNakit = 9 => "Alıcı Öder Kapıda Nakit",
    }
}

code_table! {
    /// Entegra cargo company by its numeric id (seed 000, "Cargo Companies"; text codes via `text_code`).
    pub enum EntegraCargoCompany, ENTEGRA_CARGO_COMPANY = (Service::Entegra, "cargo_company", int) {
        ArasKargo = 1 => "Aras Kargo",
        YurticiKargo = 2 => "Yurtiçi Kargo",
        SuratKargo = 3 => "Sürat Kargo",
        MngKargo = 4 => "Mng Kargo",
        AseKargo = 5 => "Ase Kargo",
        UpsKargo = 6 => "Ups Kargo",
        Ptt = 7 => "Ptt",
        DhlKargo = 8 => "DHL Kargo",
        FedexKargo = 9 => "Fedex Kargo",
        PtsKargo = 10 => "Pts Kargo",
        HorozKargo = 11 => "Horoz Kargo",
        FiloKargo = 12 => "Filo Kargo",
        AsilKargo = 13 => "Asil Kargo",
        HepsiJet = 14 => "HepsiJet",
        YenisehirKurye = 15 => "Yenişehir Kurye",
        ArasKurye = 16 => "Aras Kurye",
        CevaLojistik = 17 => "Ceva Lojistik",
        PtsTrLocal = 18 => "PTS_TR_LOCAL",
        PtsGlobal = 19 => "PTS GLOBAL",
        YurticiGlobal = 20 => "Yurtici GLOBAL",
        AramexGlobal = 21 => "ARAMEX GLOBAL",
        PttGlobal = 22 => "PTT GLOBAL",
        B2cGlobal = 23 => "B2C GLOBAL",
        TezelLojistik = 24 => "Tezel Lojistik",
        BorusanLojistik = 25 => "Borusan Lojistik",
        KolayGelsinKargo = 26 => "Kolay Gelsin Kargo",
        TrendyolEkspresKargo = 27 => "Trendyol Ekspres Kargo",
        MagazadanTeslimAl = 28 => "Mağazadan Teslim Al",
        ScottyKargo = 29 => "Scotty Kargo",
        KargoVip = 30 => "Kargo Vip",
    }
}

impl EntegraCargoCompany {
    /// The seed's text code of the company (`"aras"`, `"yurtici"`, `"PTS_GLOBAL"`, …).
    pub fn text_code(self) -> &'static str {
        use EntegraCargoCompany::*;
        match self {
            ArasKargo => "aras",
            YurticiKargo => "yurtici",
            SuratKargo => "surat",
            MngKargo => "mng",
            AseKargo => "ase",
            UpsKargo => "ups",
            Ptt => "eptt",
            DhlKargo => "dhl",
            FedexKargo => "fedex",
            PtsKargo => "pts",
            HorozKargo => "horoz",
            FiloKargo => "filo",
            AsilKargo => "asil",
            HepsiJet => "hepsijet",
            YenisehirKurye => "yenisehir",
            ArasKurye => "araskurye",
            CevaLojistik => "ceva",
            PtsTrLocal => "PTS_GLOBAL",
            PtsGlobal => "PTS_TR_LOCAL",
            YurticiGlobal => "Yurtici_TR_LOCAL",
            AramexGlobal => "ARAMEX_TR_LOCAL",
            PttGlobal => "PTT_TR_LOCAL",
            B2cGlobal => "B2C_DIRECT_LOCAL",
            TezelLojistik => "tezel",
            BorusanLojistik => "borusan",
            KolayGelsinKargo => "kolaygelsin",
            TrendyolEkspresKargo => "trendyolekspress",
            MagazadanTeslimAl => "other",
            ScottyKargo => "scotty",
            KargoVip => "vip",
        }
    }

    /// The company with the seed's text code `code` (compared case-insensitively).
    pub fn from_text_code(code: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.text_code().eq_ignore_ascii_case(code.trim()))
    }
}

/// Every Entegra code table.
pub(super) static TABLES: &[&CodeTable] = &[
    &ENTEGRA_ORDER_STATUS,
    &ENTEGRA_CARGO_FEE_TYPE,
    &ENTEGRA_CARGO_COMPANY,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::CodeValue;

    #[test]
    fn cargo_companies_have_numeric_ids_and_text_codes() {
        assert_eq!(EntegraCargoCompany::ALL.len(), 30, "row 15 is listed once");
        assert_eq!(
            EntegraCargoCompany::from_code(CodeValue::Int(27)),
            Some(EntegraCargoCompany::TrendyolEkspresKargo)
        );
        assert_eq!(
            EntegraCargoCompany::from_text_code("MNG"),
            Some(EntegraCargoCompany::MngKargo)
        );
        assert_eq!(EntegraCargoCompany::Ptt.text_code(), "eptt");
        assert_eq!(EntegraCargoCompany::from_text_code("nope"), None);
    }

    #[test]
    fn cargo_fee_types_carry_their_turkish_labels() {
        assert_eq!(EntegraCargoFeeType::ALL.len(), 9);
        assert_eq!(
            ENTEGRA_CARGO_FEE_TYPE.label_of(&serde_json::json!("9")),
            Some("Alıcı Öder Kapıda Nakit")
        );
    }
}
