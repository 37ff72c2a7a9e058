"""The vendors' code tables: an enum per table, each code with the vendor's Turkish ``label``.

Generated from kopru-core's code tables by ``cargo run -p kopru-codegen -- write``; do not edit.
``EntegraOrderStatus(1).label == "Yeni Sipariş"``; text codes are ``str`` enums. ``TABLES`` finds an
enum by service and table name, as the ``<service>.codes.list`` operations name them.
"""

from __future__ import annotations

from enum import Enum, IntEnum

__all__ = [
    "TABLES",
    "EntegraOrderStatus",
    "ErpItemType",
    "TedbulAdStatus",
]


class EntegraOrderStatus(IntEnum):
    """``entegra.order_status``: Entegra order status (seed 000, "STATUS IDs")."""

    YENI_SIPARIS = 1
    ONAYLANDI = 2
    KARGOLANDI = 3
    TAMAMLANDI = 4
    HATALI = 5
    ON_SIPARIS = 6
    KARGOYA_HAZIR = 7
    ODEME_ALINDI = 8
    IADE_IPTAL = 9
    ONAY_BEKLIYOR = 10
    IADESI_ONAYLANAN = 11
    HAZIRLANIYOR = 12
    TEDARIK_SURECINDE = 13

    @property
    def label(self) -> str:
        """The vendor's (Turkish) label of this code."""
        return _ENTEGRA_ORDER_STATUS[self.value]


_ENTEGRA_ORDER_STATUS: dict[int, str] = {
    1: "Yeni Sipariş",
    2: "Onaylandı",
    3: "Kargolandı",
    4: "Tamamlandı",
    5: "Hatalı",
    6: "Ön Sipariş",
    7: "Kargoya Hazır",
    8: "Ödeme Alındı",
    9: "İade-İptal",
    10: "Onay Bekliyor",
    11: "İadesi Onaylanan",
    12: "Hazırlanıyor",
    13: "Tedarik Sürecinde",
}


class ErpItemType(IntEnum):
    """``erp.item_type``: ERP item type (ItemTypeCode)."""

    URUN = 1
    MALZEME = 2
    MASRAF = 4
    SERVIS = 5
    SABIT_KIYMET = 6

    @property
    def label(self) -> str:
        """The vendor's (Turkish) label of this code."""
        return _ERP_ITEM_TYPE[self.value]


_ERP_ITEM_TYPE: dict[int, str] = {
    1: "Ürün",
    2: "Malzeme",
    4: "Masraf",
    5: "Servis",
    6: "Sabit Kıymet",
}


class TedbulAdStatus(IntEnum):
    """``tedbul.ad_status``: Tedbul ad status (adsStatus, status)."""

    AKTIF = 1
    PASIF = 2

    @property
    def label(self) -> str:
        """The vendor's (Turkish) label of this code."""
        return _TEDBUL_AD_STATUS[self.value]


_TEDBUL_AD_STATUS: dict[int, str] = {
    1: "Aktif",
    2: "Pasif",
}

TABLES: dict[str, dict[str, type[Enum]]] = {
    "entegra": {
        "order_status": EntegraOrderStatus,
    },
    "erp": {
        "item_type": ErpItemType,
    },
    "tedbul": {
        "ad_status": TedbulAdStatus,
    },
}
"""Every code table's enum by service and table name."""
