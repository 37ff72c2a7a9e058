/*
 * kopru_codes.h: the vendors' code tables as constants, each with the vendor's
 * Turkish label in a comment: KOPRU_<SERVICE>_<TABLE>_<NAME>. Numeric codes are
 * integer constants, text codes string literals. Generated from kopru-core's code
 * tables by `cargo run -p kopru-codegen -- write`; do not edit. The operation
 * <service>.codes.list returns the same tables as JSON.
 */
#ifndef KOPRU_CODES_H
#define KOPRU_CODES_H

/* entegra.order_status: Entegra order status (seed 000, "STATUS IDs"). */
#define KOPRU_ENTEGRA_ORDER_STATUS_YENI_SIPARIS 1 /* Yeni Sipariş */
#define KOPRU_ENTEGRA_ORDER_STATUS_ONAYLANDI 2 /* Onaylandı */
#define KOPRU_ENTEGRA_ORDER_STATUS_KARGOLANDI 3 /* Kargolandı */
#define KOPRU_ENTEGRA_ORDER_STATUS_TAMAMLANDI 4 /* Tamamlandı */
#define KOPRU_ENTEGRA_ORDER_STATUS_HATALI 5 /* Hatalı */
#define KOPRU_ENTEGRA_ORDER_STATUS_ON_SIPARIS 6 /* Ön Sipariş */
#define KOPRU_ENTEGRA_ORDER_STATUS_KARGOYA_HAZIR 7 /* Kargoya Hazır */
#define KOPRU_ENTEGRA_ORDER_STATUS_ODEME_ALINDI 8 /* Ödeme Alındı */
#define KOPRU_ENTEGRA_ORDER_STATUS_IADE_IPTAL 9 /* İade-İptal */
#define KOPRU_ENTEGRA_ORDER_STATUS_ONAY_BEKLIYOR 10 /* Onay Bekliyor */
#define KOPRU_ENTEGRA_ORDER_STATUS_IADESI_ONAYLANAN 11 /* İadesi Onaylanan */
#define KOPRU_ENTEGRA_ORDER_STATUS_HAZIRLANIYOR 12 /* Hazırlanıyor */
#define KOPRU_ENTEGRA_ORDER_STATUS_TEDARIK_SURECINDE 13 /* Tedarik Sürecinde */

/* entegra.cargo_fee_type: Entegra cargo fee type: who pays the shipment, and how (seed 000, "Cargo Fee Type"). */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_ALICI_ODER 1 /* Alıcı Öder */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_SATICI_ODER 2 /* Satıcı Öder */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_SATICI_ODER_KAPIDA_NAKIT 3 /* Satıcı Öder Kapıda Nakit */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_SATICI_ODER_KAPIDA_KREDI_KARTI 4 /* Satıcı Öder Kapıda Kredikartı */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_GG_ODER 5 /* GG Öder */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_N11_ODER 6 /* N11 Öder */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_HB_ODER 7 /* HB Öder */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_ALICI_ODER_KAPIDA_KREDI_KARTI 8 /* Alıcı Öder Kapıda Kredikartı */
#define KOPRU_ENTEGRA_CARGO_FEE_TYPE_ALICI_ODER_KAPIDA_NAKIT 9 /* Alıcı Öder Kapıda Nakit */

/* entegra.cargo_company: Entegra cargo company by its numeric id (seed 000, "Cargo Companies"; text codes via `text_code`). */
#define KOPRU_ENTEGRA_CARGO_COMPANY_ARAS_KARGO 1 /* Aras Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_YURTICI_KARGO 2 /* Yurtiçi Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_SURAT_KARGO 3 /* Sürat Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_MNG_KARGO 4 /* Mng Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_ASE_KARGO 5 /* Ase Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_UPS_KARGO 6 /* Ups Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_PTT 7 /* Ptt */
#define KOPRU_ENTEGRA_CARGO_COMPANY_DHL_KARGO 8 /* DHL Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_FEDEX_KARGO 9 /* Fedex Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_PTS_KARGO 10 /* Pts Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_HOROZ_KARGO 11 /* Horoz Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_FILO_KARGO 12 /* Filo Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_ASIL_KARGO 13 /* Asil Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_HEPSI_JET 14 /* HepsiJet */
#define KOPRU_ENTEGRA_CARGO_COMPANY_YENISEHIR_KURYE 15 /* Yenişehir Kurye */
#define KOPRU_ENTEGRA_CARGO_COMPANY_ARAS_KURYE 16 /* Aras Kurye */
#define KOPRU_ENTEGRA_CARGO_COMPANY_CEVA_LOJISTIK 17 /* Ceva Lojistik */
#define KOPRU_ENTEGRA_CARGO_COMPANY_PTS_TR_LOCAL 18 /* PTS_TR_LOCAL */
#define KOPRU_ENTEGRA_CARGO_COMPANY_PTS_GLOBAL 19 /* PTS GLOBAL */
#define KOPRU_ENTEGRA_CARGO_COMPANY_YURTICI_GLOBAL 20 /* Yurtici GLOBAL */
#define KOPRU_ENTEGRA_CARGO_COMPANY_ARAMEX_GLOBAL 21 /* ARAMEX GLOBAL */
#define KOPRU_ENTEGRA_CARGO_COMPANY_PTT_GLOBAL 22 /* PTT GLOBAL */
#define KOPRU_ENTEGRA_CARGO_COMPANY_B2C_GLOBAL 23 /* B2C GLOBAL */
#define KOPRU_ENTEGRA_CARGO_COMPANY_TEZEL_LOJISTIK 24 /* Tezel Lojistik */
#define KOPRU_ENTEGRA_CARGO_COMPANY_BORUSAN_LOJISTIK 25 /* Borusan Lojistik */
#define KOPRU_ENTEGRA_CARGO_COMPANY_KOLAY_GELSIN_KARGO 26 /* Kolay Gelsin Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_TRENDYOL_EKSPRES_KARGO 27 /* Trendyol Ekspres Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_MAGAZADAN_TESLIM_AL 28 /* Mağazadan Teslim Al */
#define KOPRU_ENTEGRA_CARGO_COMPANY_SCOTTY_KARGO 29 /* Scotty Kargo */
#define KOPRU_ENTEGRA_CARGO_COMPANY_KARGO_VIP 30 /* Kargo Vip */

/* erp.item_type: ERP item type (ItemTypeCode). */
#define KOPRU_ERP_ITEM_TYPE_URUN 1 /* Ürün */
#define KOPRU_ERP_ITEM_TYPE_MALZEME 2 /* Malzeme */
#define KOPRU_ERP_ITEM_TYPE_MASRAF 4 /* Masraf */
#define KOPRU_ERP_ITEM_TYPE_SERVIS 5 /* Servis */
#define KOPRU_ERP_ITEM_TYPE_SABIT_KIYMET 6 /* Sabit Kıymet */

/* erp.item_dim_type: ERP variant dimensions of an item (ItemDimTypeCode): none, colour, or colour and size. */
#define KOPRU_ERP_ITEM_DIM_TYPE_VARYANTSIZ 0 /* Varyantsız */
#define KOPRU_ERP_ITEM_DIM_TYPE_RENK 1 /* Renk */
#define KOPRU_ERP_ITEM_DIM_TYPE_RENK_BEDEN 2 /* Renk-Beden */

/* erp.curr_acc_type: ERP current-account type (CurrAccTypeCode): supplier, wholesale or retail customer. */
#define KOPRU_ERP_CURR_ACC_TYPE_TEDARIKCI 1 /* Tedarikçi */
#define KOPRU_ERP_CURR_ACC_TYPE_TOPTAN_MUSTERI 3 /* Toptan Müşteri */
#define KOPRU_ERP_CURR_ACC_TYPE_PERAKENDE_MUSTERI 4 /* Perakende Müşteri */

/* erp.communication_type: ERP communication type of a current account (CommunicationTypeCode). */
#define KOPRU_ERP_COMMUNICATION_TYPE_E_POSTA 3 /* E-posta */
#define KOPRU_ERP_COMMUNICATION_TYPE_GSM 7 /* GSM */

/* erp.process_code: ERP document process (ProcessCode) of orders and invoices. Seed 001 labels EP two ways: "İhracat (Export)" in its invoice and sales tables (and its EP invoice example is an export), "Masraf Alış" in its purchase-order table (Nebim's expense purchase); the label gives both. */
#define KOPRU_ERP_PROCESS_CODE_TOPTAN_ALIS "BP" /* Toptan Alış (Buy Purchase) */
#define KOPRU_ERP_PROCESS_CODE_KONSINYE_ALIS "CP" /* Konsinye Alış (Consignment Purchase) */
#define KOPRU_ERP_PROCESS_CODE_KONSINYE_IADE "CR" /* Konsinye İade */
#define KOPRU_ERP_PROCESS_CODE_KONSINYE_SATIS "CS" /* Konsinye Satış */
#define KOPRU_ERP_PROCESS_CODE_DAGITIM "D" /* Dağıtım */
#define KOPRU_ERP_PROCESS_CODE_BAYI_SATIS "DS" /* Bayi Satış */
#define KOPRU_ERP_PROCESS_CODE_IHRACAT "EP" /* İhracat (Export); Masraf Alış in purchase orders */
#define KOPRU_ERP_PROCESS_CODE_IHRACAT_SATISI "ES" /* İhracat */
#define KOPRU_ERP_PROCESS_CODE_MASRAF_SATIS "EXS" /* Masraf Satış */
#define KOPRU_ERP_PROCESS_CODE_SABIT_KIYMET_ALIS "FAP" /* Sabit Kıymet Alış */
#define KOPRU_ERP_PROCESS_CODE_SABIT_KIYMET_SATISI "FAS" /* Sabit Kıymet Satışı */
#define KOPRU_ERP_PROCESS_CODE_MAGAZADAN_URUN_IADESI "FS" /* Mağazadan Ürün İadesi */
#define KOPRU_ERP_PROCESS_CODE_DAHILI_TRANSFER "I" /* Dahili Transfer */
#define KOPRU_ERP_PROCESS_CODE_ITHALAT "IP" /* İthalat (Import) */
#define KOPRU_ERP_PROCESS_CODE_URETIM "MP" /* Üretim */
#define KOPRU_ERP_PROCESS_CODE_URETIM_PRODUCTION "P" /* Üretim (Production) */
#define KOPRU_ERP_PROCESS_CODE_PROMOSYON_URUNLERI "PRP" /* Promosyon Ürünleri */
#define KOPRU_ERP_PROCESS_CODE_PESIN_SATIS "R" /* Peşin Satış (Retail - Perakende) */
#define KOPRU_ERP_PROCESS_CODE_MAGAZADAN_URUN_TALEP "RFS" /* Mağazadan Ürün Talep */
#define KOPRU_ERP_PROCESS_CODE_TAKSITLI_SATIS "RI" /* Taksitli Satış (Retail Installment) */
#define KOPRU_ERP_PROCESS_CODE_PERAKENDE_SONRA_TESLIM "RSD" /* Perakende Sonra Teslim */
#define KOPRU_ERP_PROCESS_CODE_MAGAZAYA_TRANSFER "S" /* Mağazaya Transfer */
#define KOPRU_ERP_PROCESS_CODE_SERVIS_SATIS "SS" /* Servis Satış */
#define KOPRU_ERP_PROCESS_CODE_TOPTAN_SATIS "WS" /* Toptan Satış (Wholesale) */

/* erp.purchase_order_tax_type: ERP tax type of a purchase order (TaxTypeCode, as the seed lists it for purchase orders). */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_STANDART 0 /* Standart */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_TEVKIFATLI 1 /* Tevkifatlı */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_TAX_FREE 2 /* Tax Free (Tax Refund) */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_DIPLOMATIK 3 /* Diplomatik */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_VERGISIZ 4 /* Vergisiz */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_SERBEST_MESLEK_MAKBUZU 5 /* Alınan Serbest Meslek Makbuzu */
#define KOPRU_ERP_PURCHASE_ORDER_TAX_TYPE_VAT_OFF 6 /* Vat Off */

/* erp.invoice_tax_type: ERP tax type of purchase invoices, sales orders and sales invoices (TaxTypeCode; purchase orders use `purchase_order_tax_type`). */
#define KOPRU_ERP_INVOICE_TAX_TYPE_STANDART 0 /* Standart */
#define KOPRU_ERP_INVOICE_TAX_TYPE_TEVKIFATLI 1 /* Tevkifatlı */
#define KOPRU_ERP_INVOICE_TAX_TYPE_TAX_FREE 2 /* Tax Free */
#define KOPRU_ERP_INVOICE_TAX_TYPE_IHRAC_KAYITLI 3 /* İhraç Kayıtlı */
#define KOPRU_ERP_INVOICE_TAX_TYPE_DIPLOMATIK 4 /* Diplomatik */
#define KOPRU_ERP_INVOICE_TAX_TYPE_GECICI_ITHALAT 5 /* Geçici İthalat */

/* tedbul.order_status: Tedbul order status (orderStatus of sold and purchased orders; seed 002, "orderStatus alabildiği değerler"). */
#define KOPRU_TEDBUL_ORDER_STATUS_SATICI_ONAYI_BEKLIYOR 0 /* Satıcı Onayı Bekliyor */
#define KOPRU_TEDBUL_ORDER_STATUS_KARGOLANMASI_BEKLENIYOR 1 /* Kargolanması Bekleniyor */
#define KOPRU_TEDBUL_ORDER_STATUS_KARGODA 2 /* Kargoda */
#define KOPRU_TEDBUL_ORDER_STATUS_TAMAMLANDI 3 /* Tamamlandı */
#define KOPRU_TEDBUL_ORDER_STATUS_IPTAL_EDILDI 4 /* İptal Edildi */
#define KOPRU_TEDBUL_ORDER_STATUS_ALICI_ONAYI_BEKLENIYOR 6 /* Alıcı Onayı Bekleniyor */
#define KOPRU_TEDBUL_ORDER_STATUS_IPTAL_TALEBI 8 /* İptal Talebi */

/* tedbul.ad_status: Tedbul ad status (adsStatus, status). */
#define KOPRU_TEDBUL_AD_STATUS_AKTIF 1 /* Aktif */
#define KOPRU_TEDBUL_AD_STATUS_PASIF 2 /* Pasif */

/* tedbul.message_type: Tedbul integration report type (messageType of `api/user/integrationdata`). */
#define KOPRU_TEDBUL_MESSAGE_TYPE_BASARISIZ 1 /* Başarısız */
#define KOPRU_TEDBUL_MESSAGE_TYPE_BASARILI 2 /* Başarılı */

#endif /* KOPRU_CODES_H */
