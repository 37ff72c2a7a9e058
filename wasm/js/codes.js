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

/** Every table by service and table name, as the `<service>.codes.list` operations name them. */
export const TABLES = Object.freeze({
  entegra: Object.freeze({
    order_status: EntegraOrderStatus,
  }),
  erp: Object.freeze({
    item_type: ErpItemType,
  }),
  tedbul: Object.freeze({
    ad_status: TedbulAdStatus,
  }),
});
