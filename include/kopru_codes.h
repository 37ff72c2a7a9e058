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

/* erp.item_type: ERP item type (ItemTypeCode). */
#define KOPRU_ERP_ITEM_TYPE_URUN 1 /* Ürün */
#define KOPRU_ERP_ITEM_TYPE_MALZEME 2 /* Malzeme */
#define KOPRU_ERP_ITEM_TYPE_MASRAF 4 /* Masraf */
#define KOPRU_ERP_ITEM_TYPE_SERVIS 5 /* Servis */
#define KOPRU_ERP_ITEM_TYPE_SABIT_KIYMET 6 /* Sabit Kıymet */

/* tedbul.ad_status: Tedbul ad status (adsStatus, status). */
#define KOPRU_TEDBUL_AD_STATUS_AKTIF 1 /* Aktif */
#define KOPRU_TEDBUL_AD_STATUS_PASIF 2 /* Pasif */

#endif /* KOPRU_CODES_H */
