"""Typed parameters and results of every kopru operation, for type checkers and editors.

Generated from kopru-core's operation table by ``cargo run -p kopru-codegen -- write``; do not edit.
``Client.call``, ``Client.pages`` and ``Session.start`` are overloaded on these types: a call with a
literal operation name gets its parameters checked and its result typed. Parameter money accepts
``Decimal``, ``int``, ``float`` or ``str``; result money is ``Decimal``. Optional result fields may be
``None``; objects marked open also carry the vendor's undocumented fields.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

if TYPE_CHECKING:
    from typing_extensions import NotRequired


class EntegraCodesListParams(TypedDict):
    """Parameters of ``entegra.codes.list``."""


class EntegraAuthObtainParams(TypedDict):
    """Parameters of ``entegra.auth.obtain``."""


class EntegraAuthRefreshParams(TypedDict):
    """Parameters of ``entegra.auth.refresh``."""


class EntegraProductsListParams(TypedDict):
    """Parameters of ``entegra.products.list``."""

    page: NotRequired[int]
    """Page number, from 1 (default ``1``)"""


class EntegraProductsCreateParams(TypedDict):
    """Parameters of ``entegra.products.create``."""

    list: Sequence[EntegraProductsCreateParamsList]
    """Products to create"""


class EntegraProductsCreateParamsList(TypedDict):
    """Products to create (``list`` of ``EntegraProductsCreateParams``). Open: the vendor's other fields
    pass through."""

    productCode: str | int
    """Product SKU"""

    productName: str
    """Product name"""

    barcode: NotRequired[str | int]
    """Product barcode"""

    status: NotRequired[int]
    """1 active, 0 passive"""

    group: NotRequired[int]
    """Product group"""

    quantity: NotRequired[int]
    """Stock"""

    brand: NotRequired[str]
    """Brand (Marka)"""

    supplier: NotRequired[str]
    """Integrator firm name; cannot be changed later"""

    supplier_id: NotRequired[str | int]
    """Unique code of the product at the integrator"""

    product_pictures: NotRequired[Sequence[Any]]
    """Product pictures"""

    variations: NotRequired[Sequence[EntegraProductsCreateParamsListVariations]]
    """Variants"""

    price1: NotRequired[Decimal | int | float | str]
    """Price 1"""

    price2: NotRequired[Decimal | int | float | str]
    """Price 2"""

    price3: NotRequired[Decimal | int | float | str]
    """Price 3"""

    price4: NotRequired[Decimal | int | float | str]
    """Price 4"""

    price5: NotRequired[Decimal | int | float | str]
    """Price 5"""

    price6: NotRequired[Decimal | int | float | str]
    """Price 6"""

    price7: NotRequired[Decimal | int | float | str]
    """Price 7"""

    price8: NotRequired[Decimal | int | float | str]
    """Price 8"""

    n11_price: NotRequired[Decimal | int | float | str]
    """N11 price"""

    n11_discountValue: NotRequired[Decimal | int | float | str]
    """N11 discounted price"""

    n11pro_price: NotRequired[Decimal | int | float | str]
    """N11 Pro price"""

    n11pro_discountValue: NotRequired[Decimal | int | float | str]
    """N11 Pro discounted price"""

    gg_buyNowPrice: NotRequired[Decimal | int | float | str]
    """GittiGidiyor price"""

    gg_marketPrice: NotRequired[Decimal | int | float | str]
    """GittiGidiyor market price"""

    amazon_price: NotRequired[Decimal | int | float | str]
    """Amazon price"""

    amazon_salePrice: NotRequired[Decimal | int | float | str]
    """Amazon discounted price"""

    sp_price: NotRequired[Decimal | int | float | str]
    """Sanal Pazar price"""

    hb_price: NotRequired[Decimal | int | float | str]
    """Hepsiburada price"""

    eptt_price: NotRequired[Decimal | int | float | str]
    """ePttAVM price"""

    eptt_iskonto: NotRequired[Decimal | int | float | str]
    """ePttAVM discount"""

    trendyol_listPrice: NotRequired[Decimal | int | float | str]
    """Trendyol list price"""

    trendyol_salePrice: NotRequired[Decimal | int | float | str]
    """Trendyol sale price"""

    flo_listPrice: NotRequired[Decimal | int | float | str]
    """Flo list price"""

    flo_salePrice: NotRequired[Decimal | int | float | str]
    """Flo sale price"""

    birvbiry_price1: NotRequired[Decimal | int | float | str]
    """1v1y price 1"""

    birvbiry_price2: NotRequired[Decimal | int | float | str]
    """1v1y price 2"""

    morhipo_listPrice: NotRequired[Decimal | int | float | str]
    """Morhipo list price"""

    morhipo_salePrice: NotRequired[Decimal | int | float | str]
    """Morhipo sale price"""

    farmazon_price: NotRequired[Decimal | int | float | str]
    """Farmazon price"""

    farmazon_market_price: NotRequired[Decimal | int | float | str]
    """Farmazon market price"""

    mizu_price1: NotRequired[Decimal | int | float | str]
    """Mizu price 1"""

    mizu_price2: NotRequired[Decimal | int | float | str]
    """Mizu price 2"""

    zebramo_listPrice: NotRequired[Decimal | int | float | str]
    """Zebramo list price"""

    zebramo_salePrice: NotRequired[Decimal | int | float | str]
    """Zebramo sale price"""

    novadan_price: NotRequired[Decimal | int | float | str]
    """Novadan price"""

    lidyana_listPrice: NotRequired[Decimal | int | float | str]
    """Lidyana list price"""

    lidyana_salePrice: NotRequired[Decimal | int | float | str]
    """Lidyana sale price"""

    modanisa_listPrice: NotRequired[Decimal | int | float | str]
    """Modanisa list price"""

    modanisa_salePrice: NotRequired[Decimal | int | float | str]
    """Modanisa sale price"""

    aliexpress_price: NotRequired[Decimal | int | float | str]
    """AliExpress price"""

    amazonEu_price: NotRequired[Decimal | int | float | str]
    """Amazon UK price"""

    amazonFr_price: NotRequired[Decimal | int | float | str]
    """Amazon France price"""

    joom_price: NotRequired[Decimal | int | float | str]
    """Joom price"""


class EntegraProductsCreateParamsListVariations(TypedDict):
    """Variants (``variations`` of ``EntegraProductsCreateParamsList``). Open: the vendor's other fields
    pass through."""

    barcode: str | int
    """Variant barcode"""

    productCode: str | int
    """Variant SKU"""

    quantity: int
    """Variant stock"""

    subtract: NotRequired[int]
    """Subtract stock on sale"""

    price: NotRequired[Decimal | int | float | str]
    """Price difference of the variant"""

    price_prefix: NotRequired[str]
    """Sign of the price difference (default ``"+"``)"""

    points: NotRequired[int]
    """Points"""

    points_prefix: NotRequired[str]
    """Sign of the points (default ``"+"``)"""

    weight: NotRequired[int]
    """Weight difference"""

    weight_prefix: NotRequired[str]
    """Sign of the weight difference (default ``"+"``)"""

    variation_specs: NotRequired[Sequence[EntegraProductsCreateParamsListVariationsVariationSpecs]]
    """Specs; one must be the colour "Renk\""""

    variation_pictures: NotRequired[Sequence[EntegraProductsCreateParamsListVariationsVariationPictures]]
    """Variant pictures"""


class EntegraProductsCreateParamsListVariationsVariationSpecs(TypedDict):
    """Specs; one must be the colour "Renk" (``variation_specs`` of
    ``EntegraProductsCreateParamsListVariations``). Open: the vendor's other fields pass through."""

    name: str
    """Spec name, e.g. "Renk" (colour) or "Beden" (size)"""

    value: Any
    """Spec value, e.g. "Siyah" or 40"""


class EntegraProductsCreateParamsListVariationsVariationPictures(TypedDict):
    """Variant pictures (``variation_pictures`` of ``EntegraProductsCreateParamsListVariations``). Open:
    the vendor's other fields pass through."""

    url: str
    """Picture URL"""


class EntegraOrdersListParams(TypedDict):
    """Parameters of ``entegra.orders.list``."""

    page: NotRequired[int]
    """Page number, from 1 (default ``1``)"""

    sync: NotRequired[Literal[0, 1] | bool]
    """0: orders not yet taken by the ERP"""

    status: NotRequired[int]
    """Order status (1–13)"""

    start_date: NotRequired[str | datetime.date]
    """Orders from this date"""

    end_date: NotRequired[str | datetime.date]
    """Orders up to this date"""

    limit: NotRequired[int]
    """Orders per page, at most 200"""


class ErpCodesListParams(TypedDict):
    """Parameters of ``erp.codes.list``."""


class ErpProductsListParams(TypedDict):
    """Parameters of ``erp.products.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    item_type_code: NotRequired[str | int]
    """Only items of this ItemTypeCode"""


class ErpInventoryListParams(TypedDict):
    """Parameters of ``erp.inventory.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    warehouse_code: NotRequired[str]
    """Only this warehouse"""


class TedbulCodesListParams(TypedDict):
    """Parameters of ``tedbul.codes.list``."""


class TedbulAuthLoginParams(TypedDict):
    """Parameters of ``tedbul.auth.login``."""


class TedbulAdsListParams(TypedDict):
    """Parameters of ``tedbul.ads.list``."""

    page: NotRequired[int]
    """Page number, from 1"""

    show: NotRequired[int]
    """Ads per page (default 50)"""

    adsStatus: NotRequired[Literal[1, 2]]
    """1 active, 2 passive"""


class TedbulAdsCreateParams(TypedDict):
    """Parameters of ``tedbul.ads.create``."""

    productBarcode: str | int
    """Product barcode (identifies the product)"""

    productName: str
    """Product name"""

    expiration: NotRequired[str | datetime.date]
    """Expiry date (miad) YYYY-MM-DD"""

    stock: int
    """Stock, at least 3"""

    price: Decimal | int | float | str
    """Price; sent as "10,50\""""

    psf: NotRequired[Decimal | int | float | str]
    """Market sale price (piyasa satış fiyatı)"""

    description: NotRequired[str]
    """Description, at most 255 characters"""

    featured: NotRequired[Literal[0, 1] | bool]
    """Featured ad: 0 or 1"""

    minSellQty: NotRequired[int]
    """Minimum sale quantity"""

    maxSellQty: NotRequired[int]
    """Maximum sale quantity"""

    levelOfSales: NotRequired[int]
    """Multiple (katlı) sale quantity"""

    specialcode: NotRequired[str]
    """Special code"""

    status: NotRequired[Literal[1, 2]]
    """1 active, 2 passive"""


class TedbulAdsUpdateManyParams(TypedDict):
    """Parameters of ``tedbul.ads.update_many``."""

    adsList: Sequence[TedbulAdsUpdateManyParamsAdsList]
    """Ads to update, at most 100 per request"""


class TedbulAdsUpdateManyParamsAdsList(TypedDict):
    """Ads to update, at most 100 per request (``adsList`` of ``TedbulAdsUpdateManyParams``)"""

    id: int
    """Ad id"""

    productBarcode: NotRequired[str | int]
    """Product barcode"""

    expiration: NotRequired[str | datetime.date]
    """Expiry date (miad) YYYY-MM-DD"""

    stock: int
    """Stock, at least 3"""

    price: Decimal | int | float | str
    """Price; sent as "10,50\""""

    psf: NotRequired[Decimal | int | float | str]
    """Market sale price (piyasa satış fiyatı)"""

    description: NotRequired[str]
    """Description, at most 255 characters"""

    featured: NotRequired[Literal[0, 1] | bool]
    """Featured ad: 0 or 1"""

    minSellQty: NotRequired[int]
    """Minimum sale quantity"""

    maxSellQty: NotRequired[int]
    """Maximum sale quantity"""

    levelOfSales: NotRequired[int]
    """Multiple (katlı) sale quantity"""

    specialcode: NotRequired[str]
    """Special code"""

    status: NotRequired[Literal[1, 2]]
    """1 active, 2 passive"""


class EntegraProductsListPage(TypedDict):
    """One page of ``entegra.products.list``."""

    items: list[dict[str, Any]]
    """The page's items"""

    total: int | None
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: int | None
    """The next page's number; ``None`` after the last page"""


class EntegraOrdersListPage(TypedDict):
    """One page of ``entegra.orders.list``."""

    items: list[dict[str, Any]]
    """The page's items"""

    total: int | None
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: int | None
    """The next page's number; ``None`` after the last page"""


class ErpProductsListPage(TypedDict):
    """One page of ``erp.products.list``."""

    items: list[dict[str, Any]]
    """The page's items"""

    total: int | None
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: int | None
    """The next page's number; ``None`` after the last page"""


class ErpInventoryListPage(TypedDict):
    """One page of ``erp.inventory.list``."""

    items: list[dict[str, Any]]
    """The page's items"""

    total: int | None
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: int | None
    """The next page's number; ``None`` after the last page"""


class TedbulAdsListPage(TypedDict):
    """One page of ``tedbul.ads.list``."""

    items: list[dict[str, Any]]
    """The page's items"""

    total: int | None
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: int | None
    """The next page's number; ``None`` after the last page"""


OperationName = Union[
    Literal["entegra.codes.list"],
    Literal["entegra.auth.obtain"],
    Literal["entegra.auth.refresh"],
    Literal["entegra.products.list"],
    Literal["entegra.products.create"],
    Literal["entegra.orders.list"],
    Literal["erp.codes.list"],
    Literal["erp.products.list"],
    Literal["erp.inventory.list"],
    Literal["tedbul.codes.list"],
    Literal["tedbul.auth.login"],
    Literal["tedbul.ads.list"],
    Literal["tedbul.ads.create"],
    Literal["tedbul.ads.update_many"],
]
"""Every operation's name."""

PaginatedOperationName = Union[
    Literal["entegra.products.list"],
    Literal["entegra.orders.list"],
    Literal["erp.products.list"],
    Literal["erp.inventory.list"],
    Literal["tedbul.ads.list"],
]
"""The names of the operations whose result is a page (for ````Client.pages````)."""
