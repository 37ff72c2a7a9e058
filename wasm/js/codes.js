// The vendors' code tables: a frozen `{ NAME: code }` object per table and the vendor's
// Turkish label of each code. Generated from kopru-core's code tables by
// `cargo run -p kopru-codegen -- write`; do not edit. Exported as `codes` by the package.

/** `entegra.order_status`: Entegra order status (seed 000, "STATUS IDs"). */
export const EntegraOrderStatus = Object.freeze({
  YENI_SIPARIS: 1,
  ONAYLANDI: 2,
  KARGOLANDI: 3,
  TAMAMLANDI: 4,
  HATALI: 5,
  ON_SIPARIS: 6,
  KARGOYA_HAZIR: 7,
  ODEME_ALINDI: 8,
  IADE_IPTAL: 9,
  ONAY_BEKLIYOR: 10,
  IADESI_ONAYLANAN: 11,
  HAZIRLANIYOR: 12,
  TEDARIK_SURECINDE: 13,
});

/** The Turkish label of each `EntegraOrderStatus` code. */
export const EntegraOrderStatusLabels = Object.freeze({
  1: 'Yeni Sipariş',
  2: 'Onaylandı',
  3: 'Kargolandı',
  4: 'Tamamlandı',
  5: 'Hatalı',
  6: 'Ön Sipariş',
  7: 'Kargoya Hazır',
  8: 'Ödeme Alındı',
  9: 'İade-İptal',
  10: 'Onay Bekliyor',
  11: 'İadesi Onaylanan',
  12: 'Hazırlanıyor',
  13: 'Tedarik Sürecinde',
});

/** `entegra.cargo_fee_type`: Entegra cargo fee type: who pays the shipment, and how (seed 000, "Cargo Fee Type"). */
export const EntegraCargoFeeType = Object.freeze({
  ALICI_ODER: 1,
  SATICI_ODER: 2,
  SATICI_ODER_KAPIDA_NAKIT: 3,
  SATICI_ODER_KAPIDA_KREDI_KARTI: 4,
  GG_ODER: 5,
  N11_ODER: 6,
  HB_ODER: 7,
  ALICI_ODER_KAPIDA_KREDI_KARTI: 8,
  ALICI_ODER_KAPIDA_NAKIT: 9,
});

/** The Turkish label of each `EntegraCargoFeeType` code. */
export const EntegraCargoFeeTypeLabels = Object.freeze({
  1: 'Alıcı Öder',
  2: 'Satıcı Öder',
  3: 'Satıcı Öder Kapıda Nakit',
  4: 'Satıcı Öder Kapıda Kredikartı',
  5: 'GG Öder',
  6: 'N11 Öder',
  7: 'HB Öder',
  8: 'Alıcı Öder Kapıda Kredikartı',
  9: 'Alıcı Öder Kapıda Nakit',
});

/** `entegra.cargo_company`: Entegra cargo company by its numeric id (seed 000, "Cargo Companies"; text codes via `text_code`). */
export const EntegraCargoCompany = Object.freeze({
  ARAS_KARGO: 1,
  YURTICI_KARGO: 2,
  SURAT_KARGO: 3,
  MNG_KARGO: 4,
  ASE_KARGO: 5,
  UPS_KARGO: 6,
  PTT: 7,
  DHL_KARGO: 8,
  FEDEX_KARGO: 9,
  PTS_KARGO: 10,
  HOROZ_KARGO: 11,
  FILO_KARGO: 12,
  ASIL_KARGO: 13,
  HEPSI_JET: 14,
  YENISEHIR_KURYE: 15,
  ARAS_KURYE: 16,
  CEVA_LOJISTIK: 17,
  PTS_TR_LOCAL: 18,
  PTS_GLOBAL: 19,
  YURTICI_GLOBAL: 20,
  ARAMEX_GLOBAL: 21,
  PTT_GLOBAL: 22,
  B2C_GLOBAL: 23,
  TEZEL_LOJISTIK: 24,
  BORUSAN_LOJISTIK: 25,
  KOLAY_GELSIN_KARGO: 26,
  TRENDYOL_EKSPRES_KARGO: 27,
  MAGAZADAN_TESLIM_AL: 28,
  SCOTTY_KARGO: 29,
  KARGO_VIP: 30,
});

/** The Turkish label of each `EntegraCargoCompany` code. */
export const EntegraCargoCompanyLabels = Object.freeze({
  1: 'Aras Kargo',
  2: 'Yurtiçi Kargo',
  3: 'Sürat Kargo',
  4: 'Mng Kargo',
  5: 'Ase Kargo',
  6: 'Ups Kargo',
  7: 'Ptt',
  8: 'DHL Kargo',
  9: 'Fedex Kargo',
  10: 'Pts Kargo',
  11: 'Horoz Kargo',
  12: 'Filo Kargo',
  13: 'Asil Kargo',
  14: 'HepsiJet',
  15: 'Yenişehir Kurye',
  16: 'Aras Kurye',
  17: 'Ceva Lojistik',
  18: 'PTS_TR_LOCAL',
  19: 'PTS GLOBAL',
  20: 'Yurtici GLOBAL',
  21: 'ARAMEX GLOBAL',
  22: 'PTT GLOBAL',
  23: 'B2C GLOBAL',
  24: 'Tezel Lojistik',
  25: 'Borusan Lojistik',
  26: 'Kolay Gelsin Kargo',
  27: 'Trendyol Ekspres Kargo',
  28: 'Mağazadan Teslim Al',
  29: 'Scotty Kargo',
  30: 'Kargo Vip',
});

/** `erp.item_type`: ERP item type (ItemTypeCode). */
export const ErpItemType = Object.freeze({
  URUN: 1,
  MALZEME: 2,
  MASRAF: 4,
  SERVIS: 5,
  SABIT_KIYMET: 6,
});

/** The Turkish label of each `ErpItemType` code. */
export const ErpItemTypeLabels = Object.freeze({
  1: 'Ürün',
  2: 'Malzeme',
  4: 'Masraf',
  5: 'Servis',
  6: 'Sabit Kıymet',
});

/** `erp.item_dim_type`: ERP variant dimensions of an item (ItemDimTypeCode): none, colour, or colour and size. */
export const ErpItemDimType = Object.freeze({
  VARYANTSIZ: 0,
  RENK: 1,
  RENK_BEDEN: 2,
});

/** The Turkish label of each `ErpItemDimType` code. */
export const ErpItemDimTypeLabels = Object.freeze({
  0: 'Varyantsız',
  1: 'Renk',
  2: 'Renk-Beden',
});

/** `erp.curr_acc_type`: ERP current-account type (CurrAccTypeCode): supplier, wholesale or retail customer. */
export const ErpCurrAccType = Object.freeze({
  TEDARIKCI: 1,
  TOPTAN_MUSTERI: 3,
  PERAKENDE_MUSTERI: 4,
});

/** The Turkish label of each `ErpCurrAccType` code. */
export const ErpCurrAccTypeLabels = Object.freeze({
  1: 'Tedarikçi',
  3: 'Toptan Müşteri',
  4: 'Perakende Müşteri',
});

/** `erp.communication_type`: ERP communication type of a current account (CommunicationTypeCode). */
export const ErpCommunicationType = Object.freeze({
  E_POSTA: 3,
  GSM: 7,
});

/** The Turkish label of each `ErpCommunicationType` code. */
export const ErpCommunicationTypeLabels = Object.freeze({
  3: 'E-posta',
  7: 'GSM',
});

/** `erp.process_code`: ERP document process (ProcessCode) of orders and invoices. Seed 001 labels EP two ways: "İhracat (Export)" in its invoice and sales tables (and its EP invoice example is an export), "Masraf Alış" in its purchase-order table (Nebim's expense purchase); the label gives both. */
export const ErpProcessCode = Object.freeze({
  TOPTAN_ALIS: 'BP',
  KONSINYE_ALIS: 'CP',
  KONSINYE_IADE: 'CR',
  KONSINYE_SATIS: 'CS',
  DAGITIM: 'D',
  BAYI_SATIS: 'DS',
  IHRACAT: 'EP',
  IHRACAT_SATISI: 'ES',
  MASRAF_SATIS: 'EXS',
  SABIT_KIYMET_ALIS: 'FAP',
  SABIT_KIYMET_SATISI: 'FAS',
  MAGAZADAN_URUN_IADESI: 'FS',
  DAHILI_TRANSFER: 'I',
  ITHALAT: 'IP',
  URETIM: 'MP',
  URETIM_PRODUCTION: 'P',
  PROMOSYON_URUNLERI: 'PRP',
  PESIN_SATIS: 'R',
  MAGAZADAN_URUN_TALEP: 'RFS',
  TAKSITLI_SATIS: 'RI',
  PERAKENDE_SONRA_TESLIM: 'RSD',
  MAGAZAYA_TRANSFER: 'S',
  SERVIS_SATIS: 'SS',
  TOPTAN_SATIS: 'WS',
});

/** The Turkish label of each `ErpProcessCode` code. */
export const ErpProcessCodeLabels = Object.freeze({
  BP: 'Toptan Alış (Buy Purchase)',
  CP: 'Konsinye Alış (Consignment Purchase)',
  CR: 'Konsinye İade',
  CS: 'Konsinye Satış',
  D: 'Dağıtım',
  DS: 'Bayi Satış',
  EP: 'İhracat (Export); Masraf Alış in purchase orders',
  ES: 'İhracat',
  EXS: 'Masraf Satış',
  FAP: 'Sabit Kıymet Alış',
  FAS: 'Sabit Kıymet Satışı',
  FS: 'Mağazadan Ürün İadesi',
  I: 'Dahili Transfer',
  IP: 'İthalat (Import)',
  MP: 'Üretim',
  P: 'Üretim (Production)',
  PRP: 'Promosyon Ürünleri',
  R: 'Peşin Satış (Retail - Perakende)',
  RFS: 'Mağazadan Ürün Talep',
  RI: 'Taksitli Satış (Retail Installment)',
  RSD: 'Perakende Sonra Teslim',
  S: 'Mağazaya Transfer',
  SS: 'Servis Satış',
  WS: 'Toptan Satış (Wholesale)',
});

/** `erp.purchase_order_tax_type`: ERP tax type of a purchase order (TaxTypeCode, as the seed lists it for purchase orders). */
export const ErpPurchaseOrderTaxType = Object.freeze({
  STANDART: 0,
  TEVKIFATLI: 1,
  TAX_FREE: 2,
  DIPLOMATIK: 3,
  VERGISIZ: 4,
  SERBEST_MESLEK_MAKBUZU: 5,
  VAT_OFF: 6,
});

/** The Turkish label of each `ErpPurchaseOrderTaxType` code. */
export const ErpPurchaseOrderTaxTypeLabels = Object.freeze({
  0: 'Standart',
  1: 'Tevkifatlı',
  2: 'Tax Free (Tax Refund)',
  3: 'Diplomatik',
  4: 'Vergisiz',
  5: 'Alınan Serbest Meslek Makbuzu',
  6: 'Vat Off',
});

/** `erp.invoice_tax_type`: ERP tax type of purchase invoices, sales orders and sales invoices (TaxTypeCode; purchase orders use `purchase_order_tax_type`). */
export const ErpInvoiceTaxType = Object.freeze({
  STANDART: 0,
  TEVKIFATLI: 1,
  TAX_FREE: 2,
  IHRAC_KAYITLI: 3,
  DIPLOMATIK: 4,
  GECICI_ITHALAT: 5,
});

/** The Turkish label of each `ErpInvoiceTaxType` code. */
export const ErpInvoiceTaxTypeLabels = Object.freeze({
  0: 'Standart',
  1: 'Tevkifatlı',
  2: 'Tax Free',
  3: 'İhraç Kayıtlı',
  4: 'Diplomatik',
  5: 'Geçici İthalat',
});

/** `tedbul.order_status`: Tedbul order status (orderStatus of sold and purchased orders; seed 002, "orderStatus alabildiği değerler"). */
export const TedbulOrderStatus = Object.freeze({
  SATICI_ONAYI_BEKLIYOR: 0,
  KARGOLANMASI_BEKLENIYOR: 1,
  KARGODA: 2,
  TAMAMLANDI: 3,
  IPTAL_EDILDI: 4,
  ALICI_ONAYI_BEKLENIYOR: 6,
  IPTAL_TALEBI: 8,
});

/** The Turkish label of each `TedbulOrderStatus` code. */
export const TedbulOrderStatusLabels = Object.freeze({
  0: 'Satıcı Onayı Bekliyor',
  1: 'Kargolanması Bekleniyor',
  2: 'Kargoda',
  3: 'Tamamlandı',
  4: 'İptal Edildi',
  6: 'Alıcı Onayı Bekleniyor',
  8: 'İptal Talebi',
});

/** `tedbul.ad_status`: Tedbul ad status (adsStatus, status). */
export const TedbulAdStatus = Object.freeze({
  AKTIF: 1,
  PASIF: 2,
});

/** The Turkish label of each `TedbulAdStatus` code. */
export const TedbulAdStatusLabels = Object.freeze({
  1: 'Aktif',
  2: 'Pasif',
});

/** `tedbul.message_type`: Tedbul integration report type (messageType of `api/user/integrationdata`). */
export const TedbulMessageType = Object.freeze({
  BASARISIZ: 1,
  BASARILI: 2,
});

/** The Turkish label of each `TedbulMessageType` code. */
export const TedbulMessageTypeLabels = Object.freeze({
  1: 'Başarısız',
  2: 'Başarılı',
});

/** Every table by service and table name, as the `<service>.codes.list` operations name them. */
export const TABLES = Object.freeze({
  entegra: Object.freeze({
    order_status: EntegraOrderStatus,
    cargo_fee_type: EntegraCargoFeeType,
    cargo_company: EntegraCargoCompany,
  }),
  erp: Object.freeze({
    item_type: ErpItemType,
    item_dim_type: ErpItemDimType,
    curr_acc_type: ErpCurrAccType,
    communication_type: ErpCommunicationType,
    process_code: ErpProcessCode,
    purchase_order_tax_type: ErpPurchaseOrderTaxType,
    invoice_tax_type: ErpInvoiceTaxType,
  }),
  tedbul: Object.freeze({
    order_status: TedbulOrderStatus,
    ad_status: TedbulAdStatus,
    message_type: TedbulMessageType,
  }),
});
