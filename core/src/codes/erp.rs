//! The ERP's code tables (seed 001, Nebim V3).
//!
//! The seed repeats a table next to every resource that uses it, and the
//! copies do not always agree: the `ProcessCode` lists differ per resource
//! (here they are merged into one table, every code of every list), and the
//! `TaxTypeCode` of purchase orders is another table than that of purchase
//! invoices, sales orders and sales invoices (two tables).

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

code_table! {
    /// ERP variant dimensions of an item (ItemDimTypeCode): none, colour, or colour and size.
    pub enum ErpItemDimType, ERP_ITEM_DIM_TYPE = (Service::Erp, "item_dim_type", int) {
        Varyantsiz = 0 => "Varyantsız",
        Renk = 1 => "Renk",
        RenkBeden = 2 => "Renk-Beden",
    }
}

code_table! {
    /// ERP current-account type (CurrAccTypeCode): supplier, wholesale or retail customer.
    pub enum ErpCurrAccType, ERP_CURR_ACC_TYPE = (Service::Erp, "curr_acc_type", int) {
        Tedarikci = 1 => "Tedarikçi",
        ToptanMusteri = 3 => "Toptan Müşteri",
        PerakendeMusteri = 4 => "Perakende Müşteri",
    }
}

code_table! {
    /// ERP communication type of a current account (CommunicationTypeCode).
    pub enum ErpCommunicationType, ERP_COMMUNICATION_TYPE = (Service::Erp, "communication_type", int) {
        EPosta = 3 => "E-posta",
        Gsm = 7 => "GSM",
    }
}

code_table! {
    /// ERP document process (ProcessCode) of orders and invoices. Seed 001 labels EP two ways: "İhracat (Export)" in its invoice and sales tables (and its EP invoice example is an export), "Masraf Alış" in its purchase-order table (Nebim's expense purchase); the label gives both.
    pub enum ErpProcessCode, ERP_PROCESS_CODE = (Service::Erp, "process_code", text) {
        ToptanAlis = "BP" => "Toptan Alış (Buy Purchase)",
        KonsinyeAlis = "CP" => "Konsinye Alış (Consignment Purchase)",
        KonsinyeIade = "CR" => "Konsinye İade",
        KonsinyeSatis = "CS" => "Konsinye Satış",
        Dagitim = "D" => "Dağıtım",
        BayiSatis = "DS" => "Bayi Satış",
        Ihracat = "EP" => "İhracat (Export); Masraf Alış in purchase orders",
        IhracatSatisi = "ES" => "İhracat",
        MasrafSatis = "EXS" => "Masraf Satış",
        SabitKiymetAlis = "FAP" => "Sabit Kıymet Alış",
        SabitKiymetSatisi = "FAS" => "Sabit Kıymet Satışı",
        MagazadanUrunIadesi = "FS" => "Mağazadan Ürün İadesi",
        DahiliTransfer = "I" => "Dahili Transfer",
        Ithalat = "IP" => "İthalat (Import)",
        Uretim = "MP" => "Üretim",
        UretimProduction = "P" => "Üretim (Production)",
        PromosyonUrunleri = "PRP" => "Promosyon Ürünleri",
        PesinSatis = "R" => "Peşin Satış (Retail - Perakende)",
        MagazadanUrunTalep = "RFS" => "Mağazadan Ürün Talep",
        TaksitliSatis = "RI" => "Taksitli Satış (Retail Installment)",
        PerakendeSonraTeslim = "RSD" => "Perakende Sonra Teslim",
        MagazayaTransfer = "S" => "Mağazaya Transfer",
        ServisSatis = "SS" => "Servis Satış",
        ToptanSatis = "WS" => "Toptan Satış (Wholesale)",
    }
}

code_table! {
    /// ERP tax type of a purchase order (TaxTypeCode, as the seed lists it for purchase orders).
    pub enum ErpPurchaseOrderTaxType, ERP_PURCHASE_ORDER_TAX_TYPE = (Service::Erp, "purchase_order_tax_type", int) {
        Standart = 0 => "Standart",
        Tevkifatli = 1 => "Tevkifatlı",
        TaxFree = 2 => "Tax Free (Tax Refund)",
        Diplomatik = 3 => "Diplomatik",
        Vergisiz = 4 => "Vergisiz",
        SerbestMeslekMakbuzu = 5 => "Alınan Serbest Meslek Makbuzu",
        VatOff = 6 => "Vat Off",
    }
}

code_table! {
    /// ERP tax type of purchase invoices, sales orders and sales invoices (TaxTypeCode; purchase orders use `purchase_order_tax_type`).
    pub enum ErpInvoiceTaxType, ERP_INVOICE_TAX_TYPE = (Service::Erp, "invoice_tax_type", int) {
        Standart = 0 => "Standart",
        Tevkifatli = 1 => "Tevkifatlı",
        TaxFree = 2 => "Tax Free",
        IhracKayitli = 3 => "İhraç Kayıtlı",
        Diplomatik = 4 => "Diplomatik",
        GeciciIthalat = 5 => "Geçici İthalat",
    }
}

/// Every ERP code table.
pub(super) static TABLES: &[&CodeTable] = &[
    &ERP_ITEM_TYPE,
    &ERP_ITEM_DIM_TYPE,
    &ERP_CURR_ACC_TYPE,
    &ERP_COMMUNICATION_TYPE,
    &ERP_PROCESS_CODE,
    &ERP_PURCHASE_ORDER_TAX_TYPE,
    &ERP_INVOICE_TAX_TYPE,
];
