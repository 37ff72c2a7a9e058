"""Typed parameters and results of every kopru operation, for type checkers and editors.

Generated from kopru-core's operation table by ``cargo run -p kopru-codegen -- write``; do not edit.
``Client.call``, ``Client.pages`` and ``Session.start`` are overloaded on these types: a call with a
literal operation name gets its parameters checked and its result typed. Parameter money accepts
``Decimal``, ``int``, ``float`` or ``str``; result money is ``Decimal``. A parameter with a few
allowed codes also takes the ``IntEnum`` constants of ``kopru.codes``. Optional result fields may be
``None``; objects marked open also carry the vendor's undocumented fields.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Literal, Optional, TypedDict, Union

if TYPE_CHECKING:
    from typing_extensions import NotRequired


class EntegraCodesListParams(TypedDict):
    """Parameters of ``entegra.codes.list``."""


class EntegraCodesListResult(TypedDict):
    """Result of ``entegra.codes.list``."""

    order_status: EntegraCodesListResultOrderStatus
    """Order status 1–13"""

    cargo_fee_type: EntegraCodesListResultCargoFeeType
    """Who pays the cargo, 1–9"""

    cargo_company: EntegraCodesListResultCargoCompany
    """Cargo companies 1–30"""


class EntegraCodesListResultOrderStatus(TypedDict):
    """Order status 1–13 (``order_status`` of ``EntegraCodesListResult``)"""

    doc: str
    """What the codes mean"""

    entries: list[EntegraCodesListResultOrderStatusEntries]
    """The rows, in the vendor's order"""


class EntegraCodesListResultOrderStatusEntries(TypedDict):
    """The rows, in the vendor's order (``entries`` of ``EntegraCodesListResultOrderStatus``)"""

    code: Any
    """The vendor's code"""

    name: str
    """The enum variant's name"""

    label: str
    """The Turkish label"""


class EntegraCodesListResultCargoFeeType(TypedDict):
    """Who pays the cargo, 1–9 (``cargo_fee_type`` of ``EntegraCodesListResult``)"""

    doc: str
    """What the codes mean"""

    entries: list[EntegraCodesListResultCargoFeeTypeEntries]
    """The rows, in the vendor's order"""


class EntegraCodesListResultCargoFeeTypeEntries(TypedDict):
    """The rows, in the vendor's order (``entries`` of ``EntegraCodesListResultCargoFeeType``)"""

    code: Any
    """The vendor's code"""

    name: str
    """The enum variant's name"""

    label: str
    """The Turkish label"""


class EntegraCodesListResultCargoCompany(TypedDict):
    """Cargo companies 1–30 (``cargo_company`` of ``EntegraCodesListResult``)"""

    doc: str
    """What the codes mean"""

    entries: list[EntegraCodesListResultCargoCompanyEntries]
    """The rows, in the vendor's order"""


class EntegraCodesListResultCargoCompanyEntries(TypedDict):
    """The rows, in the vendor's order (``entries`` of ``EntegraCodesListResultCargoCompany``)"""

    code: Any
    """The vendor's code"""

    name: str
    """The enum variant's name"""

    label: str
    """The Turkish label"""


class EntegraAuthObtainParams(TypedDict):
    """Parameters of ``entegra.auth.obtain``."""


class EntegraAuthRefreshParams(TypedDict):
    """Parameters of ``entegra.auth.refresh``."""


class EntegraProductsListParams(TypedDict):
    """Parameters of ``entegra.products.list``."""

    page: NotRequired[int]
    """Page number, from 1 (default ``1``)"""


class EntegraProductsListItem(TypedDict):
    """One item of ``entegra.products.list``. Open: the vendor's other fields pass through."""

    id: str
    """Entegra's product id (text)"""

    productCode: str
    """Product SKU"""

    name: NotRequired[Optional[str]]
    """Product name"""

    productName: NotRequired[Optional[str]]
    """Product name in the create payload's spelling"""

    description: NotRequired[Optional[str]]
    """Description"""

    product_type: NotRequired[Optional[str]]
    """Product type"""

    barcode: NotRequired[Optional[str]]
    """Product barcode"""

    gtin: NotRequired[Optional[str]]
    """GTIN"""

    mpn: NotRequired[Optional[str]]
    """Manufacturer part number"""

    hb_sku: NotRequired[Optional[str]]
    """Hepsiburada SKU"""

    status: NotRequired[Optional[int]]
    """1 active, 0 passive"""

    send_api: NotRequired[Optional[int]]
    """Sent to the marketplaces"""

    group: NotRequired[Optional[int]]
    """Product group (category id)"""

    quantity: NotRequired[Optional[int]]
    """Stock"""

    quantity2: NotRequired[Optional[int]]
    """Second stock"""

    quantity2_enable: NotRequired[Optional[int]]
    """Second stock in use"""

    critical_stock: NotRequired[Optional[int]]
    """Critical stock level"""

    critical_stock_enable: NotRequired[Optional[int]]
    """Critical stock in use"""

    currencyType: NotRequired[Optional[str]]
    """Currency, e.g. TRL"""

    kdv_id: NotRequired[Optional[int]]
    """VAT rate (percent)"""

    buying_price: NotRequired[Optional[Decimal]]
    """Buying price"""

    miad: NotRequired[Optional[str]]
    """Shelf life"""

    brand: NotRequired[Optional[str]]
    """Brand"""

    supplier: NotRequired[Optional[str]]
    """Integrator firm name"""

    supplier_id: NotRequired[Optional[str]]
    """Unique code at the integrator"""

    date_add: NotRequired[Optional[str]]
    """When it was added: ISO date, with the time when the service gives one"""

    date_change: NotRequired[Optional[str]]
    """Last change: ISO date, with the time when given"""

    pictures: NotRequired[Optional[list[EntegraProductsListItemPictures]]]
    """Product pictures (``picture`` URLs)"""

    product_pictures: NotRequired[Optional[list[EntegraProductsListItemProductPictures]]]
    """Product pictures in the create payload's spelling"""

    variations: NotRequired[Optional[list[EntegraProductsListItemVariations]]]
    """Variants (the service's misspelt ``variatios``)"""

    desi: NotRequired[Optional[Union[Decimal, int]]]
    """Volumetric weight (desi)"""

    weight: NotRequired[Optional[Union[Decimal, int]]]
    """Weight"""

    height: NotRequired[Optional[Union[Decimal, int]]]
    """Height"""

    width: NotRequired[Optional[Union[Decimal, int]]]
    """Width"""

    depth: NotRequired[Optional[Union[Decimal, int]]]
    """Depth"""

    price1: NotRequired[Optional[Decimal]]
    """Price 1 (Fiyat 1)"""

    price2: NotRequired[Optional[Decimal]]
    """Price 2 (Fiyat 2)"""

    price3: NotRequired[Optional[Decimal]]
    """Price 3 (Fiyat 3)"""

    price4: NotRequired[Optional[Decimal]]
    """Price 4 (Fiyat 4)"""

    price5: NotRequired[Optional[Decimal]]
    """Price 5 (Fiyat 5)"""

    price6: NotRequired[Optional[Decimal]]
    """Price 6 (Fiyat 6)"""

    price7: NotRequired[Optional[Decimal]]
    """Price 7 (Fiyat 7)"""

    price8: NotRequired[Optional[Decimal]]
    """Price 8 (Fiyat 8)"""

    n11_price: NotRequired[Optional[Decimal]]
    """N11 price"""

    n11_discountValue: NotRequired[Optional[Decimal]]
    """N11 discounted price"""

    n11pro_price: NotRequired[Optional[Decimal]]
    """N11 Pro price"""

    n11pro_discountValue: NotRequired[Optional[Decimal]]
    """N11 Pro discounted price"""

    gg_buyNowPrice: NotRequired[Optional[Decimal]]
    """GittiGidiyor price"""

    gg_marketPrice: NotRequired[Optional[Decimal]]
    """GittiGidiyor market price"""

    amazon_price: NotRequired[Optional[Decimal]]
    """Amazon price"""

    amazon_salePrice: NotRequired[Optional[Decimal]]
    """Amazon discounted price"""

    sp_price: NotRequired[Optional[Decimal]]
    """Sanal Pazar price"""

    hb_price: NotRequired[Optional[Decimal]]
    """Hepsiburada price"""

    eptt_price: NotRequired[Optional[Decimal]]
    """ePttAVM price"""

    eptt_iskonto: NotRequired[Optional[Decimal]]
    """ePttAVM discount"""

    trendyol_listPrice: NotRequired[Optional[Decimal]]
    """Trendyol list price"""

    trendyol_salePrice: NotRequired[Optional[Decimal]]
    """Trendyol sale price"""

    flo_listPrice: NotRequired[Optional[Decimal]]
    """Flo list price"""

    flo_salePrice: NotRequired[Optional[Decimal]]
    """Flo sale price"""

    birvbiry_price1: NotRequired[Optional[Decimal]]
    """1v1y price 1"""

    birvbiry_price2: NotRequired[Optional[Decimal]]
    """1v1y price 2"""

    morhipo_listPrice: NotRequired[Optional[Decimal]]
    """Morhipo list price"""

    morhipo_salePrice: NotRequired[Optional[Decimal]]
    """Morhipo sale price"""

    farmazon_price: NotRequired[Optional[Decimal]]
    """Farmazon price"""

    farmazon_market_price: NotRequired[Optional[Decimal]]
    """Farmazon market price"""

    mizu_price1: NotRequired[Optional[Decimal]]
    """Mizu price 1"""

    mizu_price2: NotRequired[Optional[Decimal]]
    """Mizu price 2"""

    zebramo_listPrice: NotRequired[Optional[Decimal]]
    """Zebramo list price"""

    zebramo_salePrice: NotRequired[Optional[Decimal]]
    """Zebramo sale price"""

    novadan_price: NotRequired[Optional[Decimal]]
    """Novadan price"""

    lidyana_listPrice: NotRequired[Optional[Decimal]]
    """Lidyana list price"""

    lidyana_salePrice: NotRequired[Optional[Decimal]]
    """Lidyana sale price"""

    modanisa_listPrice: NotRequired[Optional[Decimal]]
    """Modanisa list price"""

    modanisa_salePrice: NotRequired[Optional[Decimal]]
    """Modanisa sale price"""

    aliexpress_price: NotRequired[Optional[Decimal]]
    """AliExpress price"""

    amazonEu_price: NotRequired[Optional[Decimal]]
    """Amazon UK price"""

    amazonFr_price: NotRequired[Optional[Decimal]]
    """Amazon France price"""

    joom_price: NotRequired[Optional[Decimal]]
    """Joom price"""


class EntegraProductsListItemPictures(TypedDict):
    """Product pictures (``picture`` URLs) (``pictures`` of ``EntegraProductsListItem``). Open: the
    vendor's other fields pass through."""

    picture: NotRequired[Optional[str]]
    """Picture URL (the list's ``pictures``)"""

    url: NotRequired[Optional[str]]
    """Picture URL (a variant's ``variation_pictures``)"""

    id: NotRequired[Optional[str]]
    """Picture id (pictures added through the API)"""

    name: NotRequired[Optional[str]]
    """Picture name"""

    filename: NotRequired[Optional[str]]
    """File name"""


class EntegraProductsListItemProductPictures(TypedDict):
    """Product pictures in the create payload's spelling (``product_pictures`` of
    ``EntegraProductsListItem``). Open: the vendor's other fields pass through."""

    picture: NotRequired[Optional[str]]
    """Picture URL (the list's ``pictures``)"""

    url: NotRequired[Optional[str]]
    """Picture URL (a variant's ``variation_pictures``)"""

    id: NotRequired[Optional[str]]
    """Picture id (pictures added through the API)"""

    name: NotRequired[Optional[str]]
    """Picture name"""

    filename: NotRequired[Optional[str]]
    """File name"""


class EntegraProductsListItemVariations(TypedDict):
    """Variants (the service's misspelt ``variatios``) (``variations`` of ``EntegraProductsListItem``).
    Open: the vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """Entegra's variant id"""

    productCode: str
    """Variant SKU"""

    barcode: NotRequired[Optional[str]]
    """Variant barcode"""

    gtin: NotRequired[Optional[str]]
    """GTIN"""

    quantity: NotRequired[Optional[int]]
    """Stock"""

    quantity2: NotRequired[Optional[int]]
    """Second stock"""

    price: NotRequired[Optional[Decimal]]
    """Price difference to the main product"""

    price_prefix: NotRequired[Optional[str]]
    """Sign of the price difference"""

    subtract: NotRequired[Optional[int]]
    """Subtract stock on sale"""

    points: NotRequired[Optional[int]]
    """Points"""

    hb_sku: NotRequired[Optional[str]]
    """Hepsiburada SKU"""

    hb_st_sku: NotRequired[Optional[str]]
    """Hepsiburada merchant SKU"""

    itemdim1code: NotRequired[Optional[str]]
    """ERP size code (Nebim's ItemDim1Code)"""

    itemdim2code: NotRequired[Optional[str]]
    """ERP second dimension code"""

    variationSpec: NotRequired[Optional[list[EntegraProductsListItemVariationsVariationSpec]]]
    """Specs (Renk, Beden, …) as the list sends them"""

    variation_specs: NotRequired[Optional[list[EntegraProductsListItemVariationsVariationSpecs]]]
    """Specs in the create payload's spelling"""

    variation_pictures: NotRequired[Optional[list[EntegraProductsListItemVariationsVariationPictures]]]
    """Variant pictures"""

    desi: NotRequired[Optional[Union[Decimal, int]]]
    """Volumetric weight (desi)"""

    weight: NotRequired[Optional[Union[Decimal, int]]]
    """Weight"""

    height: NotRequired[Optional[Union[Decimal, int]]]
    """Height"""

    width: NotRequired[Optional[Union[Decimal, int]]]
    """Width"""

    depth: NotRequired[Optional[Union[Decimal, int]]]
    """Depth"""

    price1: NotRequired[Optional[Decimal]]
    """Price 1 (Fiyat 1)"""

    price2: NotRequired[Optional[Decimal]]
    """Price 2 (Fiyat 2)"""

    price3: NotRequired[Optional[Decimal]]
    """Price 3 (Fiyat 3)"""

    price4: NotRequired[Optional[Decimal]]
    """Price 4 (Fiyat 4)"""

    price5: NotRequired[Optional[Decimal]]
    """Price 5 (Fiyat 5)"""

    price6: NotRequired[Optional[Decimal]]
    """Price 6 (Fiyat 6)"""

    price7: NotRequired[Optional[Decimal]]
    """Price 7 (Fiyat 7)"""

    price8: NotRequired[Optional[Decimal]]
    """Price 8 (Fiyat 8)"""

    n11_price: NotRequired[Optional[Decimal]]
    """N11 price"""

    n11_discountValue: NotRequired[Optional[Decimal]]
    """N11 discounted price"""

    n11pro_price: NotRequired[Optional[Decimal]]
    """N11 Pro price"""

    n11pro_discountValue: NotRequired[Optional[Decimal]]
    """N11 Pro discounted price"""

    gg_buyNowPrice: NotRequired[Optional[Decimal]]
    """GittiGidiyor price"""

    gg_marketPrice: NotRequired[Optional[Decimal]]
    """GittiGidiyor market price"""

    amazon_price: NotRequired[Optional[Decimal]]
    """Amazon price"""

    amazon_salePrice: NotRequired[Optional[Decimal]]
    """Amazon discounted price"""

    sp_price: NotRequired[Optional[Decimal]]
    """Sanal Pazar price"""

    hb_price: NotRequired[Optional[Decimal]]
    """Hepsiburada price"""

    eptt_price: NotRequired[Optional[Decimal]]
    """ePttAVM price"""

    eptt_iskonto: NotRequired[Optional[Decimal]]
    """ePttAVM discount"""

    trendyol_listPrice: NotRequired[Optional[Decimal]]
    """Trendyol list price"""

    trendyol_salePrice: NotRequired[Optional[Decimal]]
    """Trendyol sale price"""

    flo_listPrice: NotRequired[Optional[Decimal]]
    """Flo list price"""

    flo_salePrice: NotRequired[Optional[Decimal]]
    """Flo sale price"""

    birvbiry_price1: NotRequired[Optional[Decimal]]
    """1v1y price 1"""

    birvbiry_price2: NotRequired[Optional[Decimal]]
    """1v1y price 2"""

    morhipo_listPrice: NotRequired[Optional[Decimal]]
    """Morhipo list price"""

    morhipo_salePrice: NotRequired[Optional[Decimal]]
    """Morhipo sale price"""

    farmazon_price: NotRequired[Optional[Decimal]]
    """Farmazon price"""

    farmazon_market_price: NotRequired[Optional[Decimal]]
    """Farmazon market price"""

    mizu_price1: NotRequired[Optional[Decimal]]
    """Mizu price 1"""

    mizu_price2: NotRequired[Optional[Decimal]]
    """Mizu price 2"""

    zebramo_listPrice: NotRequired[Optional[Decimal]]
    """Zebramo list price"""

    zebramo_salePrice: NotRequired[Optional[Decimal]]
    """Zebramo sale price"""

    novadan_price: NotRequired[Optional[Decimal]]
    """Novadan price"""

    lidyana_listPrice: NotRequired[Optional[Decimal]]
    """Lidyana list price"""

    lidyana_salePrice: NotRequired[Optional[Decimal]]
    """Lidyana sale price"""

    modanisa_listPrice: NotRequired[Optional[Decimal]]
    """Modanisa list price"""

    modanisa_salePrice: NotRequired[Optional[Decimal]]
    """Modanisa sale price"""

    aliexpress_price: NotRequired[Optional[Decimal]]
    """AliExpress price"""

    amazonEu_price: NotRequired[Optional[Decimal]]
    """Amazon UK price"""

    amazonFr_price: NotRequired[Optional[Decimal]]
    """Amazon France price"""

    joom_price: NotRequired[Optional[Decimal]]
    """Joom price"""


class EntegraProductsListItemVariationsVariationSpec(TypedDict):
    """Specs (Renk, Beden, …) as the list sends them (``variationSpec`` of
    ``EntegraProductsListItemVariations``). Open: the vendor's other fields pass through."""

    name: str
    """Spec name, e.g. "Renk" or "Beden\""""

    value: Any
    """Spec value"""


class EntegraProductsListItemVariationsVariationSpecs(TypedDict):
    """Specs in the create payload's spelling (``variation_specs`` of
    ``EntegraProductsListItemVariations``). Open: the vendor's other fields pass through."""

    name: str
    """Spec name, e.g. "Renk" or "Beden\""""

    value: Any
    """Spec value"""


class EntegraProductsListItemVariationsVariationPictures(TypedDict):
    """Variant pictures (``variation_pictures`` of ``EntegraProductsListItemVariations``). Open: the
    vendor's other fields pass through."""

    picture: NotRequired[Optional[str]]
    """Picture URL (the list's ``pictures``)"""

    url: NotRequired[Optional[str]]
    """Picture URL (a variant's ``variation_pictures``)"""

    id: NotRequired[Optional[str]]
    """Picture id (pictures added through the API)"""

    name: NotRequired[Optional[str]]
    """Picture name"""

    filename: NotRequired[Optional[str]]
    """File name"""


class EntegraProductsCreateParams(TypedDict):
    """Parameters of ``entegra.products.create``."""

    list: Sequence[EntegraProductsCreateParamsList]
    """Products to create"""


class EntegraProductsCreateParamsList(TypedDict):
    """Products to create (``list`` of ``EntegraProductsCreateParams``). Open: the vendor's other fields
    pass through."""

    productCode: Union[str, int]
    """Product SKU"""

    productName: str
    """Product name"""

    barcode: NotRequired[Union[str, int]]
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

    supplier_id: NotRequired[Union[str, int]]
    """Unique code of the product at the integrator"""

    product_pictures: NotRequired[Sequence[Any]]
    """Product pictures"""

    variations: NotRequired[Sequence[EntegraProductsCreateParamsListVariations]]
    """Variants"""

    price1: NotRequired[Union[Decimal, int, float, str]]
    """Price 1 (Fiyat 1)"""

    price2: NotRequired[Union[Decimal, int, float, str]]
    """Price 2 (Fiyat 2)"""

    price3: NotRequired[Union[Decimal, int, float, str]]
    """Price 3 (Fiyat 3)"""

    price4: NotRequired[Union[Decimal, int, float, str]]
    """Price 4 (Fiyat 4)"""

    price5: NotRequired[Union[Decimal, int, float, str]]
    """Price 5 (Fiyat 5)"""

    price6: NotRequired[Union[Decimal, int, float, str]]
    """Price 6 (Fiyat 6)"""

    price7: NotRequired[Union[Decimal, int, float, str]]
    """Price 7 (Fiyat 7)"""

    price8: NotRequired[Union[Decimal, int, float, str]]
    """Price 8 (Fiyat 8)"""

    n11_price: NotRequired[Union[Decimal, int, float, str]]
    """N11 price"""

    n11_discountValue: NotRequired[Union[Decimal, int, float, str]]
    """N11 discounted price"""

    n11pro_price: NotRequired[Union[Decimal, int, float, str]]
    """N11 Pro price"""

    n11pro_discountValue: NotRequired[Union[Decimal, int, float, str]]
    """N11 Pro discounted price"""

    gg_buyNowPrice: NotRequired[Union[Decimal, int, float, str]]
    """GittiGidiyor price"""

    gg_marketPrice: NotRequired[Union[Decimal, int, float, str]]
    """GittiGidiyor market price"""

    amazon_price: NotRequired[Union[Decimal, int, float, str]]
    """Amazon price"""

    amazon_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Amazon discounted price"""

    sp_price: NotRequired[Union[Decimal, int, float, str]]
    """Sanal Pazar price"""

    hb_price: NotRequired[Union[Decimal, int, float, str]]
    """Hepsiburada price"""

    eptt_price: NotRequired[Union[Decimal, int, float, str]]
    """ePttAVM price"""

    eptt_iskonto: NotRequired[Union[Decimal, int, float, str]]
    """ePttAVM discount"""

    trendyol_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Trendyol list price"""

    trendyol_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Trendyol sale price"""

    flo_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Flo list price"""

    flo_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Flo sale price"""

    birvbiry_price1: NotRequired[Union[Decimal, int, float, str]]
    """1v1y price 1"""

    birvbiry_price2: NotRequired[Union[Decimal, int, float, str]]
    """1v1y price 2"""

    morhipo_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Morhipo list price"""

    morhipo_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Morhipo sale price"""

    farmazon_price: NotRequired[Union[Decimal, int, float, str]]
    """Farmazon price"""

    farmazon_market_price: NotRequired[Union[Decimal, int, float, str]]
    """Farmazon market price"""

    mizu_price1: NotRequired[Union[Decimal, int, float, str]]
    """Mizu price 1"""

    mizu_price2: NotRequired[Union[Decimal, int, float, str]]
    """Mizu price 2"""

    zebramo_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Zebramo list price"""

    zebramo_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Zebramo sale price"""

    novadan_price: NotRequired[Union[Decimal, int, float, str]]
    """Novadan price"""

    lidyana_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Lidyana list price"""

    lidyana_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Lidyana sale price"""

    modanisa_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Modanisa list price"""

    modanisa_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Modanisa sale price"""

    aliexpress_price: NotRequired[Union[Decimal, int, float, str]]
    """AliExpress price"""

    amazonEu_price: NotRequired[Union[Decimal, int, float, str]]
    """Amazon UK price"""

    amazonFr_price: NotRequired[Union[Decimal, int, float, str]]
    """Amazon France price"""

    joom_price: NotRequired[Union[Decimal, int, float, str]]
    """Joom price"""


class EntegraProductsCreateParamsListVariations(TypedDict):
    """Variants (``variations`` of ``EntegraProductsCreateParamsList``). Open: the vendor's other fields
    pass through."""

    barcode: Union[str, int]
    """Variant barcode"""

    productCode: Union[str, int]
    """Variant SKU"""

    quantity: int
    """Variant stock"""

    subtract: NotRequired[int]
    """Subtract stock on sale"""

    price: NotRequired[Union[Decimal, int, float, str]]
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


class EntegraProductsCreateResult(TypedDict):
    """Result of ``entegra.products.create``. Open: the vendor's other fields pass through."""

    created: list[EntegraProductsCreateResultCreated]
    """The products created"""

    errors: list[EntegraProductsCreateResultErrors]
    """The items refused, each with the reason"""


class EntegraProductsCreateResultCreated(TypedDict):
    """The products created (``created`` of ``EntegraProductsCreateResult``). Open: the vendor's other
    fields pass through."""

    id: str
    """Entegra's product id"""

    productCode: str
    """Product SKU"""


class EntegraProductsCreateResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraProductsCreateResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraProductsUpdateParams(TypedDict):
    """Parameters of ``entegra.products.update``."""

    list: Sequence[EntegraProductsUpdateParamsList]
    """Products to change, each named by id or productCode"""


class EntegraProductsUpdateParamsList(TypedDict):
    """Products to change, each named by id or productCode (``list`` of ``EntegraProductsUpdateParams``).
    Open: the vendor's other fields pass through."""

    id: NotRequired[int]
    """Entegra's product id (this or productCode)"""

    productCode: NotRequired[Union[str, int]]
    """Product SKU (this or id)"""

    quantity: NotRequired[int]
    """New stock"""

    status: NotRequired[int]
    """1 active, 0 passive"""

    price1: NotRequired[Union[Decimal, int, float, str]]
    """Price 1 (Fiyat 1)"""

    price2: NotRequired[Union[Decimal, int, float, str]]
    """Price 2 (Fiyat 2)"""

    price3: NotRequired[Union[Decimal, int, float, str]]
    """Price 3 (Fiyat 3)"""

    price4: NotRequired[Union[Decimal, int, float, str]]
    """Price 4 (Fiyat 4)"""

    price5: NotRequired[Union[Decimal, int, float, str]]
    """Price 5 (Fiyat 5)"""

    price6: NotRequired[Union[Decimal, int, float, str]]
    """Price 6 (Fiyat 6)"""

    price7: NotRequired[Union[Decimal, int, float, str]]
    """Price 7 (Fiyat 7)"""

    price8: NotRequired[Union[Decimal, int, float, str]]
    """Price 8 (Fiyat 8)"""

    n11_price: NotRequired[Union[Decimal, int, float, str]]
    """N11 price"""

    n11_discountValue: NotRequired[Union[Decimal, int, float, str]]
    """N11 discounted price"""

    n11pro_price: NotRequired[Union[Decimal, int, float, str]]
    """N11 Pro price"""

    n11pro_discountValue: NotRequired[Union[Decimal, int, float, str]]
    """N11 Pro discounted price"""

    gg_buyNowPrice: NotRequired[Union[Decimal, int, float, str]]
    """GittiGidiyor price"""

    gg_marketPrice: NotRequired[Union[Decimal, int, float, str]]
    """GittiGidiyor market price"""

    amazon_price: NotRequired[Union[Decimal, int, float, str]]
    """Amazon price"""

    amazon_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Amazon discounted price"""

    sp_price: NotRequired[Union[Decimal, int, float, str]]
    """Sanal Pazar price"""

    hb_price: NotRequired[Union[Decimal, int, float, str]]
    """Hepsiburada price"""

    eptt_price: NotRequired[Union[Decimal, int, float, str]]
    """ePttAVM price"""

    eptt_iskonto: NotRequired[Union[Decimal, int, float, str]]
    """ePttAVM discount"""

    trendyol_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Trendyol list price"""

    trendyol_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Trendyol sale price"""

    flo_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Flo list price"""

    flo_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Flo sale price"""

    birvbiry_price1: NotRequired[Union[Decimal, int, float, str]]
    """1v1y price 1"""

    birvbiry_price2: NotRequired[Union[Decimal, int, float, str]]
    """1v1y price 2"""

    morhipo_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Morhipo list price"""

    morhipo_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Morhipo sale price"""

    farmazon_price: NotRequired[Union[Decimal, int, float, str]]
    """Farmazon price"""

    farmazon_market_price: NotRequired[Union[Decimal, int, float, str]]
    """Farmazon market price"""

    mizu_price1: NotRequired[Union[Decimal, int, float, str]]
    """Mizu price 1"""

    mizu_price2: NotRequired[Union[Decimal, int, float, str]]
    """Mizu price 2"""

    zebramo_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Zebramo list price"""

    zebramo_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Zebramo sale price"""

    novadan_price: NotRequired[Union[Decimal, int, float, str]]
    """Novadan price"""

    lidyana_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Lidyana list price"""

    lidyana_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Lidyana sale price"""

    modanisa_listPrice: NotRequired[Union[Decimal, int, float, str]]
    """Modanisa list price"""

    modanisa_salePrice: NotRequired[Union[Decimal, int, float, str]]
    """Modanisa sale price"""

    aliexpress_price: NotRequired[Union[Decimal, int, float, str]]
    """AliExpress price"""

    amazonEu_price: NotRequired[Union[Decimal, int, float, str]]
    """Amazon UK price"""

    amazonFr_price: NotRequired[Union[Decimal, int, float, str]]
    """Amazon France price"""

    joom_price: NotRequired[Union[Decimal, int, float, str]]
    """Joom price"""


class EntegraProductsUpdateResult(TypedDict):
    """Result of ``entegra.products.update``. Open: the vendor's other fields pass through."""

    updated: list[EntegraProductsUpdateResultUpdated]
    """The products changed"""

    errors: list[EntegraProductsUpdateResultErrors]
    """The items refused, each with the reason"""


class EntegraProductsUpdateResultUpdated(TypedDict):
    """The products changed (``updated`` of ``EntegraProductsUpdateResult``). Open: the vendor's other
    fields pass through."""

    id: str
    """Entegra's product id"""

    productCode: str
    """Product SKU"""


class EntegraProductsUpdateResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraProductsUpdateResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraProductsAddPicturesParams(TypedDict):
    """Parameters of ``entegra.products.add_pictures``."""

    list: Sequence[EntegraProductsAddPicturesParamsList]
    """Pictures to add, grouped by product"""


class EntegraProductsAddPicturesParamsList(TypedDict):
    """Pictures to add, grouped by product (``list`` of ``EntegraProductsAddPicturesParams``)"""

    productCode: Union[str, int]
    """SKU of the product"""

    name: str
    """Picture name"""

    filename: str
    """File name, e.g. "front.jpg" (the seed's "file name")"""

    supplier: str
    """Integrator firm name"""

    supplier_id: Union[str, int]
    """Unique code of the product at the integrator"""

    variation_productCode: NotRequired[Union[str, int]]
    """SKU of the variant the pictures belong to"""

    picture: Sequence[EntegraProductsAddPicturesParamsListPicture]
    """The pictures, each {picture_byte}"""


class EntegraProductsAddPicturesParamsListPicture(TypedDict):
    """The pictures, each {picture_byte} (``picture`` of ``EntegraProductsAddPicturesParamsList``)"""

    picture_byte: str
    """The picture's bytes as base64 text (the bindings encode raw bytes)"""


class EntegraProductsAddPicturesResult(TypedDict):
    """Result of ``entegra.products.add_pictures``. Open: the vendor's other fields pass through."""

    created: list[EntegraProductsAddPicturesResultCreated]
    """The pictures added"""

    errors: list[EntegraProductsAddPicturesResultErrors]
    """The items refused, each with the reason"""


class EntegraProductsAddPicturesResultCreated(TypedDict):
    """The pictures added (``created`` of ``EntegraProductsAddPicturesResult``). Open: the vendor's other
    fields pass through."""

    id: str
    """The picture's id"""

    productCode: str
    """Product SKU"""

    variation_productCode: NotRequired[Optional[str]]
    """Variant SKU, when added to a variant"""

    filename: str
    """File name"""


class EntegraProductsAddPicturesResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraProductsAddPicturesResult``). Open:
    the vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraProductsUpdateQuantityParams(TypedDict):
    """Parameters of ``entegra.products.update_quantity``."""

    list: Sequence[EntegraProductsUpdateQuantityParamsList]
    """Stocks to set, at most 50 a request"""


class EntegraProductsUpdateQuantityParamsList(TypedDict):
    """Stocks to set, at most 50 a request (``list`` of ``EntegraProductsUpdateQuantityParams``)"""

    productCode: Union[str, int]
    """SKU of a product or a variant"""

    quantity: int
    """New stock"""

    store_id: NotRequired[int]
    """Entegra store id; absent: the main stock or price"""


class EntegraProductsUpdateQuantityResult(TypedDict):
    """Result of ``entegra.products.update_quantity``. Open: the vendor's other fields pass through."""

    updated: list[EntegraProductsUpdateQuantityResultUpdated]
    """The stocks set"""

    errors: list[EntegraProductsUpdateQuantityResultErrors]
    """The items refused, each with the reason"""


class EntegraProductsUpdateQuantityResultUpdated(TypedDict):
    """The stocks set (``updated`` of ``EntegraProductsUpdateQuantityResult``). Open: the vendor's other
    fields pass through."""

    productCode: str
    """SKU of the product or variant"""

    quantity: int
    """The stock now"""

    store_id: NotRequired[Optional[str]]
    """The store, when one was named"""


class EntegraProductsUpdateQuantityResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraProductsUpdateQuantityResult``).
    Open: the vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraProductsUpdatePricesParams(TypedDict):
    """Parameters of ``entegra.products.update_prices``."""

    list: Sequence[EntegraProductsUpdatePricesParamsList]
    """Products and their new prices, at most 50 a request"""


class EntegraProductsUpdatePricesParamsList(TypedDict):
    """Products and their new prices, at most 50 a request (``list`` of
    ``EntegraProductsUpdatePricesParams``)"""

    productCode: Union[str, int]
    """SKU of a product or a variant"""

    prices: Sequence[EntegraProductsUpdatePricesParamsListPrices]
    """The prices to set"""


class EntegraProductsUpdatePricesParamsListPrices(TypedDict):
    """The prices to set (``prices`` of ``EntegraProductsUpdatePricesParamsList``)"""

    priceCode: Union[str, int]
    """Which price: a price field such as "price1" or "trendyol_salePrice\""""

    priceValue: Union[Decimal, int, float, str]
    """The new price"""

    store_id: NotRequired[int]
    """Entegra store id; absent: the main stock or price"""


class EntegraProductsUpdatePricesResult(TypedDict):
    """Result of ``entegra.products.update_prices``. Open: the vendor's other fields pass through."""

    updated: list[EntegraProductsUpdatePricesResultUpdated]
    """The prices set, one entry per price"""

    errors: list[EntegraProductsUpdatePricesResultErrors]
    """The items refused, each with the reason"""


class EntegraProductsUpdatePricesResultUpdated(TypedDict):
    """The prices set, one entry per price (``updated`` of ``EntegraProductsUpdatePricesResult``). Open:
    the vendor's other fields pass through."""

    productCode: str
    """SKU of the product or variant"""

    priceCode: str
    """The price set"""

    priceValue: Decimal
    """Its value now"""

    store_id: NotRequired[Optional[str]]
    """The store, when one was named"""


class EntegraProductsUpdatePricesResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraProductsUpdatePricesResult``). Open:
    the vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraVariationsCreateParams(TypedDict):
    """Parameters of ``entegra.variations.create``."""

    list: Sequence[EntegraVariationsCreateParamsList]
    """Products and the variants to add to each"""


class EntegraVariationsCreateParamsList(TypedDict):
    """Products and the variants to add to each (``list`` of ``EntegraVariationsCreateParams``)"""

    productCode: Union[str, int]
    """SKU of the main product"""

    variations: Sequence[EntegraVariationsCreateParamsListVariations]
    """The variants to add"""


class EntegraVariationsCreateParamsListVariations(TypedDict):
    """The variants to add (``variations`` of ``EntegraVariationsCreateParamsList``). Open: the vendor's
    other fields pass through."""

    barcode: Union[str, int]
    """Variant barcode"""

    productCode: Union[str, int]
    """Variant SKU"""

    quantity: int
    """Variant stock"""

    subtract: NotRequired[int]
    """Subtract stock on sale"""

    price: NotRequired[Union[Decimal, int, float, str]]
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

    variation_specs: NotRequired[Sequence[EntegraVariationsCreateParamsListVariationsVariationSpecs]]
    """Specs; one must be the colour "Renk\""""

    variation_pictures: NotRequired[Sequence[EntegraVariationsCreateParamsListVariationsVariationPictures]]
    """Variant pictures"""


class EntegraVariationsCreateParamsListVariationsVariationSpecs(TypedDict):
    """Specs; one must be the colour "Renk" (``variation_specs`` of
    ``EntegraVariationsCreateParamsListVariations``). Open: the vendor's other fields pass through."""

    name: str
    """Spec name, e.g. "Renk" (colour) or "Beden" (size)"""

    value: Any
    """Spec value, e.g. "Siyah" or 40"""


class EntegraVariationsCreateParamsListVariationsVariationPictures(TypedDict):
    """Variant pictures (``variation_pictures`` of ``EntegraVariationsCreateParamsListVariations``). Open:
    the vendor's other fields pass through."""

    url: str
    """Picture URL"""


class EntegraVariationsCreateResult(TypedDict):
    """Result of ``entegra.variations.create``. Open: the vendor's other fields pass through."""

    created: list[EntegraVariationsCreateResultCreated]
    """The variants added"""

    errors: list[EntegraVariationsCreateResultErrors]
    """The items refused, each with the reason"""


class EntegraVariationsCreateResultCreated(TypedDict):
    """The variants added (``created`` of ``EntegraVariationsCreateResult``). Open: the vendor's other
    fields pass through."""

    id: NotRequired[Optional[str]]
    """Entegra's variant id"""

    productCode: str
    """Variant SKU"""

    mainProductCode: str
    """Main product's SKU"""


class EntegraVariationsCreateResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraVariationsCreateResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraVariationsUpdateParams(TypedDict):
    """Parameters of ``entegra.variations.update``."""

    list: Sequence[EntegraVariationsUpdateParamsList]
    """Variants to change"""


class EntegraVariationsUpdateParamsList(TypedDict):
    """Variants to change (``list`` of ``EntegraVariationsUpdateParams``)"""

    productCode: Union[str, int]
    """Variant SKU"""

    mainProductCode: Union[str, int]
    """SKU of the main product"""

    quantity: NotRequired[int]
    """New stock"""

    price: NotRequired[Union[Decimal, int, float, str]]
    """New ``price`` of the variant: its difference to the main price, signed by price_prefix"""


class EntegraVariationsUpdateResult(TypedDict):
    """Result of ``entegra.variations.update``. Open: the vendor's other fields pass through."""

    updated: list[EntegraVariationsUpdateResultUpdated]
    """The variants changed"""

    errors: list[EntegraVariationsUpdateResultErrors]
    """The items refused, each with the reason"""


class EntegraVariationsUpdateResultUpdated(TypedDict):
    """The variants changed (``updated`` of ``EntegraVariationsUpdateResult``). Open: the vendor's other
    fields pass through."""

    id: NotRequired[Optional[str]]
    """Entegra's variant id"""

    productCode: str
    """Variant SKU"""

    mainProductCode: str
    """Main product's SKU"""


class EntegraVariationsUpdateResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraVariationsUpdateResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraOrdersCreateParams(TypedDict):
    """Parameters of ``entegra.orders.create``."""

    list: Sequence[EntegraOrdersCreateParamsList]
    """Orders to create"""


class EntegraOrdersCreateParamsList(TypedDict):
    """Orders to create (``list`` of ``EntegraOrdersCreateParams``). Open: the vendor's other fields pass
    through."""

    supplier: str
    """Where the order comes from (integrator or shop)"""

    order_id: Union[str, int]
    """The order's number at its source"""

    company: str
    """Customer's company (may be empty)"""

    full_name: str
    """Customer's full name"""

    email: str
    """Customer's e-mail (used for e-invoices)"""

    mobile_phone: Union[str, int]
    """Mobile phone, sent as text"""

    phone: Union[str, int]
    """Phone, sent as text"""

    invoice_address: str
    """Invoice address"""

    invoice_city: str
    """Invoice city"""

    invoice_district: str
    """Invoice district"""

    invoice_fullname: str
    """Name on the invoice"""

    invoice_postcode: Union[str, int]
    """Invoice post code, sent as text"""

    invoice_tel: Union[str, int]
    """Invoice phone, sent as text"""

    invoice_gsm: Union[str, int]
    """Invoice mobile phone, sent as text"""

    ship_address: str
    """Shipping address"""

    ship_city: str
    """Shipping city"""

    ship_district: str
    """Shipping district"""

    ship_fullname: str
    """Recipient's name"""

    ship_postcode: Union[str, int]
    """Shipping post code, sent as text"""

    ship_tel: Union[str, int]
    """Shipping phone, sent as text"""

    ship_gsm: Union[str, int]
    """Shipping mobile phone, sent as text"""

    tax_office: str
    """Tax office (vergi dairesi)"""

    order_date: Union[str, datetime.date]
    """Order date; ISO YYYY-MM-DD or DD.MM.YYYY, sent as DD.MM.YYYY"""

    discount: NotRequired[Union[Decimal, int, float, str]]
    """Discount on the whole order"""

    cargo_code: Union[str, int]
    """Shipment (cargo) code"""

    payment_type: str
    """Payment type, e.g. "nakit\""""

    cargo: str
    """Cargo company, e.g. "MNG\""""

    cargo_payment_method: str
    """Who pays the cargo, e.g. "nakit\""""

    bank: str
    """Bank of the payment"""

    installment: int
    """Number of installments (0: none)"""

    order_details: Sequence[EntegraOrdersCreateParamsListOrderDetails]
    """The order lines"""


class EntegraOrdersCreateParamsListOrderDetails(TypedDict):
    """The order lines (``order_details`` of ``EntegraOrdersCreateParamsList``). Open: the vendor's other
    fields pass through."""

    quantity: int
    """Quantity sold"""

    product_code: Union[str, int]
    """SKU of the product or variant"""

    price: Union[Decimal, int, float, str]
    """Unit price paid, without VAT (KDV hariç)"""

    first_price: NotRequired[Union[Decimal, int, float, str]]
    """Unit price before the discount, without VAT (optional in the seed; absent means price, no discount);
    the discount is first_price − price"""


class EntegraOrdersCreateResult(TypedDict):
    """Result of ``entegra.orders.create``. Open: the vendor's other fields pass through."""

    created: list[EntegraOrdersCreateResultCreated]
    """The orders created"""

    errors: list[EntegraOrdersCreateResultErrors]
    """The items refused, each with the reason"""


class EntegraOrdersCreateResultCreated(TypedDict):
    """The orders created (``created`` of ``EntegraOrdersCreateResult``). Open: the vendor's other fields
    pass through."""

    id: str
    """Entegra's order id"""

    order_id: str
    """The order's number at its source"""


class EntegraOrdersCreateResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraOrdersCreateResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraOrdersListParams(TypedDict):
    """Parameters of ``entegra.orders.list``."""

    page: NotRequired[int]
    """Page number, from 1 (default ``1``)"""

    sync: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """0: orders not yet taken by the ERP"""

    status: NotRequired[int]
    """Order status (1–13)"""

    start_date: NotRequired[Union[str, datetime.date]]
    """Orders from this date"""

    end_date: NotRequired[Union[str, datetime.date]]
    """Orders up to this date"""

    limit: NotRequired[int]
    """Orders per page: at most 200, the cap every public client sends (Entegra's own default page size is
    undocumented) (default ``200``)"""


class EntegraOrdersListItem(TypedDict):
    """One item of ``entegra.orders.list``. Open: the vendor's other fields pass through."""

    id: str
    """Entegra's order id (text)"""

    no: NotRequired[Optional[str]]
    """Entegra's internal reference"""

    order_number: NotRequired[Optional[str]]
    """The marketplace's order number"""

    order_prefix: NotRequired[Optional[str]]
    """Order number prefix"""

    order_id: NotRequired[Optional[str]]
    """The order's number at its source (create shape)"""

    entegration: NotRequired[Optional[str]]
    """The marketplace it came from"""

    supplier: NotRequired[Optional[str]]
    """Where the order comes from"""

    status: NotRequired[Optional[int]]
    """Status (the order_status code table)"""

    sync: NotRequired[Optional[int]]
    """0 until acknowledged with orders.update_erp"""

    api_sync: NotRequired[Optional[int]]
    """0 until fetched through the API"""

    datetime: NotRequired[Optional[str]]
    """Order date, ISO (with the time when given)"""

    order_date: NotRequired[Optional[str]]
    """Order date in the create payload's spelling"""

    date_add: NotRequired[Optional[str]]
    """When Entegra received it"""

    date_change: NotRequired[Optional[str]]
    """Last change"""

    customer_id: NotRequired[Optional[str]]
    """Customer id"""

    company: NotRequired[Optional[str]]
    """Customer's company"""

    firstname: NotRequired[Optional[str]]
    """Customer's first name"""

    lastname: NotRequired[Optional[str]]
    """Customer's last name"""

    full_name: NotRequired[Optional[str]]
    """Customer's full name (create shape)"""

    email: NotRequired[Optional[str]]
    """Customer's e-mail"""

    mobil_phone: NotRequired[Optional[str]]
    """Mobile phone (the service's spelling)"""

    mobile_phone: NotRequired[Optional[str]]
    """Mobile phone (create shape)"""

    telephone: NotRequired[Optional[str]]
    """Phone"""

    invoice_fullname: NotRequired[Optional[str]]
    """Name on the invoice"""

    invoice_address: NotRequired[Optional[str]]
    """Invoice address"""

    invoice_city: NotRequired[Optional[str]]
    """Invoice city"""

    invoice_district: NotRequired[Optional[str]]
    """Invoice district"""

    invoice_postcode: NotRequired[Optional[str]]
    """Invoice post code (text)"""

    ship_fullname: NotRequired[Optional[str]]
    """Recipient's name"""

    ship_address: NotRequired[Optional[str]]
    """Shipping address"""

    ship_city: NotRequired[Optional[str]]
    """Shipping city"""

    ship_district: NotRequired[Optional[str]]
    """Shipping district"""

    ship_postcode: NotRequired[Optional[str]]
    """Shipping post code (text)"""

    tc_id: NotRequired[Optional[str]]
    """Turkish identity number"""

    tax_office: NotRequired[Optional[str]]
    """Tax office"""

    tax_number: NotRequired[Optional[str]]
    """Tax number"""

    total: NotRequired[Optional[Decimal]]
    """Order total"""

    discount: NotRequired[Optional[Decimal]]
    """Discount on the whole order"""

    tax: NotRequired[Optional[Decimal]]
    """VAT of the order"""

    grand_total: NotRequired[Optional[Decimal]]
    """Total paid"""

    currencyType: NotRequired[Optional[str]]
    """Currency, e.g. TRL"""

    cargo_company: NotRequired[Optional[str]]
    """Cargo company"""

    cargo_code: NotRequired[Optional[str]]
    """Shipment code"""

    cargo_code2: NotRequired[Optional[str]]
    """Second shipment code"""

    cargo_follow_url: NotRequired[Optional[str]]
    """Tracking URL"""

    paymentType: NotRequired[Optional[str]]
    """Payment type"""

    installment: NotRequired[Optional[int]]
    """Installments"""

    store_id: NotRequired[Optional[str]]
    """Store id"""

    erp_order_number: NotRequired[Optional[str]]
    """The ERP's order number, once acknowledged"""

    order_product: NotRequired[Optional[list[EntegraOrdersListItemOrderProduct]]]
    """The order lines"""


class EntegraOrdersListItemOrderProduct(TypedDict):
    """The order lines (``order_product`` of ``EntegraOrdersListItem``). Open: the vendor's other fields
    pass through."""

    order_product_id: NotRequired[Optional[str]]
    """Entegra's line id"""

    order_id: NotRequired[Optional[str]]
    """Entegra's order id"""

    product_id: NotRequired[Optional[str]]
    """Entegra's product id"""

    name: NotRequired[Optional[str]]
    """Product name"""

    model: NotRequired[Optional[str]]
    """SKU of the product or variant"""

    store_stock_code: NotRequired[Optional[str]]
    """The stock code at the marketplace"""

    barcode: NotRequired[Optional[str]]
    """Barcode"""

    product_code: NotRequired[Optional[str]]
    """SKU in the create payload's spelling"""

    quantity: NotRequired[Optional[int]]
    """Quantity"""

    price: NotRequired[Optional[Decimal]]
    """Unit price paid"""

    first_price: NotRequired[Optional[Decimal]]
    """Unit price before the discount"""

    buying_price: NotRequired[Optional[Decimal]]
    """Buying price"""

    total: NotRequired[Optional[Decimal]]
    """Line total"""

    tax: NotRequired[Optional[Decimal]]
    """VAT amount of the line"""

    tax_id: NotRequired[Optional[int]]
    """VAT rate (percent)"""

    commission: NotRequired[Optional[Decimal]]
    """Marketplace commission"""

    status: NotRequired[Optional[int]]
    """Line status"""

    currencyType: NotRequired[Optional[str]]
    """Currency, e.g. TRL"""

    priceIncludedTax: NotRequired[Optional[int]]
    """1 when ``price`` includes VAT"""


class EntegraOrdersUpdateParams(TypedDict):
    """Parameters of ``entegra.orders.update``."""

    list: Sequence[EntegraOrdersUpdateParamsList]
    """Orders to change"""


class EntegraOrdersUpdateParamsList(TypedDict):
    """Orders to change (``list`` of ``EntegraOrdersUpdateParams``)"""

    id: int
    """Entegra's order id"""

    status: NotRequired[int]
    """New status (order_status code table, 1–13)"""

    cargo_code2: NotRequired[Union[str, int]]
    """Second shipment (cargo) code"""

    cargo_follow_url: NotRequired[str]
    """Shipment tracking URL"""


class EntegraOrdersUpdateResult(TypedDict):
    """Result of ``entegra.orders.update``. Open: the vendor's other fields pass through."""

    updated: list[EntegraOrdersUpdateResultUpdated]
    """The orders changed"""

    errors: list[EntegraOrdersUpdateResultErrors]
    """The items refused, each with the reason"""


class EntegraOrdersUpdateResultUpdated(TypedDict):
    """The orders changed (``updated`` of ``EntegraOrdersUpdateResult``). Open: the vendor's other fields
    pass through."""

    id: str
    """Entegra's order id"""


class EntegraOrdersUpdateResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraOrdersUpdateResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraOrdersUpdateErpParams(TypedDict):
    """Parameters of ``entegra.orders.update_erp``."""

    list: Sequence[EntegraOrdersUpdateErpParamsList]
    """Orders to acknowledge"""


class EntegraOrdersUpdateErpParamsList(TypedDict):
    """Orders to acknowledge (``list`` of ``EntegraOrdersUpdateErpParams``)"""

    id: int
    """Entegra's order id"""

    status: NotRequired[int]
    """New status (order_status code table, 1–13)"""

    cargo_code2: NotRequired[Union[str, int]]
    """Second shipment (cargo) code"""

    cargo_follow_url: NotRequired[str]
    """Shipment tracking URL"""

    sync: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 (the default): taken into the ERP, no longer listed with sync=0; 0: offer it again (default ``1``)"""

    api_sync: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1: fetched through the API; 0: offer it to api_sync=0 fetches again"""

    erp_order_number: NotRequired[Union[str, int]]
    """The order's number in the ERP"""


class EntegraOrdersUpdateErpResult(TypedDict):
    """Result of ``entegra.orders.update_erp``. Open: the vendor's other fields pass through."""

    updated: list[EntegraOrdersUpdateErpResultUpdated]
    """The orders changed"""

    errors: list[EntegraOrdersUpdateErpResultErrors]
    """The items refused, each with the reason"""


class EntegraOrdersUpdateErpResultUpdated(TypedDict):
    """The orders changed (``updated`` of ``EntegraOrdersUpdateErpResult``). Open: the vendor's other
    fields pass through."""

    id: str
    """Entegra's order id"""


class EntegraOrdersUpdateErpResultErrors(TypedDict):
    """The items refused, each with the reason (``errors`` of ``EntegraOrdersUpdateErpResult``). Open: the
    vendor's other fields pass through."""

    id: NotRequired[Optional[str]]
    """The refused record's id, when it was named by id"""

    productCode: NotRequired[Optional[str]]
    """The refused product's or variant's SKU"""

    mainProductCode: NotRequired[Optional[str]]
    """Its main product's SKU"""

    priceCode: NotRequired[Optional[str]]
    """The refused price code"""

    order_id: NotRequired[Optional[str]]
    """The refused order's number"""

    message: str
    """Why it was refused"""


class EntegraCategoriesListParams(TypedDict):
    """Parameters of ``entegra.categories.list``."""

    page: NotRequired[int]
    """Page number, from 1 (default ``1``)"""


class EntegraCategoriesListItem(TypedDict):
    """One item of ``entegra.categories.list``. Open: the vendor's other fields pass through."""

    id: str
    """Category id (text)"""

    name: str
    """Category name"""

    parent_id: NotRequired[Optional[str]]
    """Parent category id; "0" at the top"""

    status: NotRequired[Optional[int]]
    """1 active, 0 passive"""

    sort_order: NotRequired[Optional[int]]
    """Position among its siblings"""

    description: NotRequired[Optional[str]]
    """Description"""


class EntegraBrandsListParams(TypedDict):
    """Parameters of ``entegra.brands.list``."""

    page: NotRequired[int]
    """Page number, from 1 (default ``1``)"""


class EntegraBrandsListItem(TypedDict):
    """One item of ``entegra.brands.list``. Open: the vendor's other fields pass through."""

    id: str
    """Brand id (text)"""

    name: str
    """Brand name"""

    status: NotRequired[Optional[int]]
    """1 active, 0 passive"""


class ErpCodesListParams(TypedDict):
    """Parameters of ``erp.codes.list``."""


class ErpProductsListParams(TypedDict):
    """Parameters of ``erp.products.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    item_type_code: NotRequired[Union[str, int]]
    """Only items of this ItemTypeCode (the ``item_type`` table: 1, 2, 4, 5, 6)"""


class ErpProductsListItem(TypedDict):
    """One item of ``erp.products.list``. Open: the vendor's other fields pass through."""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemDimTypeCode: NotRequired[Optional[int]]
    """Variant dimensions (the ``item_dim_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ItemDescription: NotRequired[Optional[str]]
    """The product's name"""

    ProductAtt01: NotRequired[Optional[str]]
    """Product attribute 01 (installation-defined; the seed: material)"""

    ProductAtt02: NotRequired[Optional[str]]
    """Product attribute 02 (installation-defined; the seed: collar or shape)"""

    ProductAtt03: NotRequired[Optional[str]]
    """Product attribute 03 (installation-defined; the seed: sleeve or width)"""

    ProductAtt04: NotRequired[Optional[str]]
    """Product attribute 04 (installation-defined; the seed: gender)"""

    ProductAtt05: NotRequired[Optional[str]]
    """Product attribute 05 (installation-defined; the seed: style)"""

    ProductAtt06: NotRequired[Optional[str]]
    """Product attribute 06 (installation-defined; the seed: origin)"""

    ProductAtt07: NotRequired[Optional[str]]
    """Product attribute 07 (installation-defined; the seed: season)"""

    ProductAtt08: NotRequired[Optional[str]]
    """Product attribute 08 (installation-defined)"""

    ProductAtt09: NotRequired[Optional[str]]
    """Product attribute 09 (installation-defined; the seed: line)"""

    ProductAtt10: NotRequired[Optional[str]]
    """Product attribute 10 (installation-defined; the seed: year)"""

    PurchasePrice: NotRequired[Optional[Decimal]]
    """Purchase price"""

    SalePrice: NotRequired[Optional[Decimal]]
    """Sale price"""

    TaxRate: NotRequired[Optional[int]]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Any]
    """True when the item is blocked (boolean)"""

    CreatedDate: NotRequired[Optional[str]]
    """Created at (ISO date and time)"""

    UpdatedDate: NotRequired[Optional[str]]
    """Last changed at (ISO date and time)"""

    Variants: NotRequired[Optional[list[ErpProductsListItemVariants]]]
    """Colour/size variants; empty without variants"""


class ErpProductsListItemVariants(TypedDict):
    """Colour/size variants; empty without variants (``Variants`` of ``ErpProductsListItem``). Open: the
    vendor's other fields pass through."""

    ColorCode: NotRequired[Optional[str]]
    """Colour code"""

    ColorDescription: NotRequired[Optional[str]]
    """Colour name (Renk)"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size (Beden); null without sizes"""

    Barcode: NotRequired[Optional[str]]
    """The variant's barcode"""


class ErpProductsGetParams(TypedDict):
    """Parameters of ``erp.products.get``."""

    id: Union[str, int]
    """The product's code (ItemCode)"""


class ErpProductsGetResult(TypedDict):
    """Result of ``erp.products.get``. Open: the vendor's other fields pass through."""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemDimTypeCode: NotRequired[Optional[int]]
    """Variant dimensions (the ``item_dim_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ItemDescription: NotRequired[Optional[str]]
    """The product's name"""

    ProductAtt01: NotRequired[Optional[str]]
    """Product attribute 01 (installation-defined; the seed: material)"""

    ProductAtt02: NotRequired[Optional[str]]
    """Product attribute 02 (installation-defined; the seed: collar or shape)"""

    ProductAtt03: NotRequired[Optional[str]]
    """Product attribute 03 (installation-defined; the seed: sleeve or width)"""

    ProductAtt04: NotRequired[Optional[str]]
    """Product attribute 04 (installation-defined; the seed: gender)"""

    ProductAtt05: NotRequired[Optional[str]]
    """Product attribute 05 (installation-defined; the seed: style)"""

    ProductAtt06: NotRequired[Optional[str]]
    """Product attribute 06 (installation-defined; the seed: origin)"""

    ProductAtt07: NotRequired[Optional[str]]
    """Product attribute 07 (installation-defined; the seed: season)"""

    ProductAtt08: NotRequired[Optional[str]]
    """Product attribute 08 (installation-defined)"""

    ProductAtt09: NotRequired[Optional[str]]
    """Product attribute 09 (installation-defined; the seed: line)"""

    ProductAtt10: NotRequired[Optional[str]]
    """Product attribute 10 (installation-defined; the seed: year)"""

    PurchasePrice: NotRequired[Optional[Decimal]]
    """Purchase price"""

    SalePrice: NotRequired[Optional[Decimal]]
    """Sale price"""

    TaxRate: NotRequired[Optional[int]]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Any]
    """True when the item is blocked (boolean)"""

    CreatedDate: NotRequired[Optional[str]]
    """Created at (ISO date and time)"""

    UpdatedDate: NotRequired[Optional[str]]
    """Last changed at (ISO date and time)"""

    Variants: NotRequired[Optional[list[ErpProductsGetResultVariants]]]
    """Colour/size variants; empty without variants"""


class ErpProductsGetResultVariants(TypedDict):
    """Colour/size variants; empty without variants (``Variants`` of ``ErpProductsGetResult``). Open: the
    vendor's other fields pass through."""

    ColorCode: NotRequired[Optional[str]]
    """Colour code"""

    ColorDescription: NotRequired[Optional[str]]
    """Colour name (Renk)"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size (Beden); null without sizes"""

    Barcode: NotRequired[Optional[str]]
    """The variant's barcode"""


class ErpSuppliersListParams(TypedDict):
    """Parameters of ``erp.suppliers.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""


class ErpSuppliersListItem(TypedDict):
    """One item of ``erp.suppliers.list``. Open: the vendor's other fields pass through."""

    CurrAccTypeCode: NotRequired[Optional[int]]
    """Supplier, wholesale or retail customer (the ``curr_acc_type`` table)"""

    CurrAccCode: NotRequired[Optional[str]]
    """The current account's code"""

    CurrAccDescription: NotRequired[Optional[str]]
    """Name or title"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    IsIndividualAcc: NotRequired[Any]
    """True for a person, false for a company (boolean)"""

    IdentityNum: NotRequired[Optional[str]]
    """TC identity number (persons)"""

    TaxNumber: NotRequired[Optional[str]]
    """Tax number (companies)"""

    Communications: NotRequired[Optional[list[ErpSuppliersListItemCommunications]]]
    """E-mail addresses and phone numbers"""


class ErpSuppliersListItemCommunications(TypedDict):
    """E-mail addresses and phone numbers (``Communications`` of ``ErpSuppliersListItem``). Open: the
    vendor's other fields pass through."""

    CommunicationTypeCode: NotRequired[Optional[int]]
    """Kind of address (the ``communication_type`` table)"""

    CommAddress: NotRequired[Optional[str]]
    """The e-mail address or phone number"""


class ErpCustomersWholesaleListParams(TypedDict):
    """Parameters of ``erp.customers.wholesale.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""


class ErpCustomersWholesaleListItem(TypedDict):
    """One item of ``erp.customers.wholesale.list``. Open: the vendor's other fields pass through."""

    CurrAccTypeCode: NotRequired[Optional[int]]
    """Supplier, wholesale or retail customer (the ``curr_acc_type`` table)"""

    CurrAccCode: NotRequired[Optional[str]]
    """The current account's code"""

    CurrAccDescription: NotRequired[Optional[str]]
    """Name or title"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    IsIndividualAcc: NotRequired[Any]
    """True for a person, false for a company (boolean)"""

    IdentityNum: NotRequired[Optional[str]]
    """TC identity number (persons)"""

    TaxNumber: NotRequired[Optional[str]]
    """Tax number (companies)"""

    Communications: NotRequired[Optional[list[ErpCustomersWholesaleListItemCommunications]]]
    """E-mail addresses and phone numbers"""


class ErpCustomersWholesaleListItemCommunications(TypedDict):
    """E-mail addresses and phone numbers (``Communications`` of ``ErpCustomersWholesaleListItem``). Open:
    the vendor's other fields pass through."""

    CommunicationTypeCode: NotRequired[Optional[int]]
    """Kind of address (the ``communication_type`` table)"""

    CommAddress: NotRequired[Optional[str]]
    """The e-mail address or phone number"""


class ErpCustomersRetailListParams(TypedDict):
    """Parameters of ``erp.customers.retail.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""


class ErpCustomersRetailListItem(TypedDict):
    """One item of ``erp.customers.retail.list``. Open: the vendor's other fields pass through."""

    CurrAccTypeCode: NotRequired[Optional[int]]
    """Supplier, wholesale or retail customer (the ``curr_acc_type`` table)"""

    CurrAccCode: NotRequired[Optional[str]]
    """The current account's code"""

    CurrAccDescription: NotRequired[Optional[str]]
    """Name or title"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    IsIndividualAcc: NotRequired[Any]
    """True for a person, false for a company (boolean)"""

    IdentityNum: NotRequired[Optional[str]]
    """TC identity number (persons)"""

    TaxNumber: NotRequired[Optional[str]]
    """Tax number (companies)"""

    Communications: NotRequired[Optional[list[ErpCustomersRetailListItemCommunications]]]
    """E-mail addresses and phone numbers"""


class ErpCustomersRetailListItemCommunications(TypedDict):
    """E-mail addresses and phone numbers (``Communications`` of ``ErpCustomersRetailListItem``). Open: the
    vendor's other fields pass through."""

    CommunicationTypeCode: NotRequired[Optional[int]]
    """Kind of address (the ``communication_type`` table)"""

    CommAddress: NotRequired[Optional[str]]
    """The e-mail address or phone number"""


class ErpCustomersGetParams(TypedDict):
    """Parameters of ``erp.customers.get``."""

    id: Union[str, int]
    """The current account's code (CurrAccCode) of a customer or supplier"""


class ErpCustomersGetResult(TypedDict):
    """Result of ``erp.customers.get``. Open: the vendor's other fields pass through."""

    CurrAccTypeCode: NotRequired[Optional[int]]
    """Supplier, wholesale or retail customer (the ``curr_acc_type`` table)"""

    CurrAccCode: NotRequired[Optional[str]]
    """The current account's code"""

    CurrAccDescription: NotRequired[Optional[str]]
    """Name or title"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    IsIndividualAcc: NotRequired[Any]
    """True for a person, false for a company (boolean)"""

    IdentityNum: NotRequired[Optional[str]]
    """TC identity number (persons)"""

    TaxNumber: NotRequired[Optional[str]]
    """Tax number (companies)"""

    Communications: NotRequired[Optional[list[ErpCustomersGetResultCommunications]]]
    """E-mail addresses and phone numbers"""


class ErpCustomersGetResultCommunications(TypedDict):
    """E-mail addresses and phone numbers (``Communications`` of ``ErpCustomersGetResult``). Open: the
    vendor's other fields pass through."""

    CommunicationTypeCode: NotRequired[Optional[int]]
    """Kind of address (the ``communication_type`` table)"""

    CommAddress: NotRequired[Optional[str]]
    """The e-mail address or phone number"""


class ErpPurchaseOrdersListParams(TypedDict):
    """Parameters of ``erp.purchase_orders.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    order_date_start: NotRequired[Union[str, datetime.date]]
    """Orders from this date (YYYY-MM-DD)"""

    order_date_end: NotRequired[Union[str, datetime.date]]
    """Orders up to this date (YYYY-MM-DD)"""


class ErpPurchaseOrdersListItem(TypedDict):
    """One item of ``erp.purchase_orders.list``. Open: the vendor's other fields pass through."""

    OrderNumber: NotRequired[Optional[str]]
    """The ERP's document number"""

    OrderDate: NotRequired[Optional[str]]
    """Document date (YYYY-MM-DD)"""

    DocumentNumber: NotRequired[Optional[str]]
    """The document's own number"""

    SupplierCode: NotRequired[Optional[str]]
    """The supplier's CurrAccCode"""

    ProcessCode: NotRequired[Optional[str]]
    """Process (the ``process_code`` table)"""

    Description: NotRequired[Optional[str]]
    """Description"""

    InternalDescription: NotRequired[Optional[str]]
    """Internal note"""

    TaxTypeCode: NotRequired[Optional[int]]
    """Tax type (the ``purchase_order_tax_type`` table)"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    DocCurrencyCode: NotRequired[Optional[str]]
    """Currency (TRY, USD, EUR …)"""

    Lines: NotRequired[Optional[list[ErpPurchaseOrdersListItemLines]]]
    """The document's lines"""


class ErpPurchaseOrdersListItemLines(TypedDict):
    """The document's lines (``Lines`` of ``ErpPurchaseOrdersListItem``). Open: the vendor's other fields
    pass through."""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ColorCode: NotRequired[Optional[str]]
    """Colour code; null without variants"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size; null without sizes"""

    Qty1: NotRequired[Optional[Union[Decimal, int]]]
    """Quantity (a decimal: metres, kilograms)"""

    NetAmount: NotRequired[Optional[Decimal]]
    """Line amount without VAT"""


class ErpPurchaseInvoicesListParams(TypedDict):
    """Parameters of ``erp.purchase_invoices.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    invoice_date_start: NotRequired[Union[str, datetime.date]]
    """Invoices from this date (YYYY-MM-DD)"""

    invoice_date_end: NotRequired[Union[str, datetime.date]]
    """Invoices up to this date (YYYY-MM-DD)"""


class ErpPurchaseInvoicesListItem(TypedDict):
    """One item of ``erp.purchase_invoices.list``. Open: the vendor's other fields pass through."""

    InvoiceNumber: NotRequired[Optional[str]]
    """The ERP's document number"""

    InvoiceDate: NotRequired[Optional[str]]
    """Document date (YYYY-MM-DD)"""

    DocumentNumber: NotRequired[Optional[str]]
    """The document's own number"""

    SupplierCode: NotRequired[Optional[str]]
    """The supplier's CurrAccCode"""

    ProcessCode: NotRequired[Optional[str]]
    """Process (the ``process_code`` table)"""

    Description: NotRequired[Optional[str]]
    """Description"""

    InternalDescription: NotRequired[Optional[str]]
    """Internal note"""

    TaxTypeCode: NotRequired[Optional[int]]
    """Tax type (the ``invoice_tax_type`` table)"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    DocCurrencyCode: NotRequired[Optional[str]]
    """Currency (TRY, USD, EUR …)"""

    Lines: NotRequired[Optional[list[ErpPurchaseInvoicesListItemLines]]]
    """The document's lines"""


class ErpPurchaseInvoicesListItemLines(TypedDict):
    """The document's lines (``Lines`` of ``ErpPurchaseInvoicesListItem``). Open: the vendor's other fields
    pass through."""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ColorCode: NotRequired[Optional[str]]
    """Colour code; null without variants"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size; null without sizes"""

    Qty1: NotRequired[Optional[Union[Decimal, int]]]
    """Quantity (a decimal: metres, kilograms)"""

    NetAmount: NotRequired[Optional[Decimal]]
    """Line amount without VAT"""


class ErpWarehousesListParams(TypedDict):
    """Parameters of ``erp.warehouses.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""


class ErpWarehousesListItem(TypedDict):
    """One item of ``erp.warehouses.list``. Open: the vendor's other fields pass through."""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    OfficeDescription: NotRequired[Optional[str]]
    """Office name"""

    StoreCode: NotRequired[Optional[str]]
    """Store; null for a warehouse without a store"""

    StoreDescription: NotRequired[Optional[str]]
    """Store name"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    WarehouseDescription: NotRequired[Optional[str]]
    """Warehouse name"""


class ErpInventoryListParams(TypedDict):
    """Parameters of ``erp.inventory.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    warehouse_code: NotRequired[str]
    """Only this WarehouseCode"""


class ErpInventoryListItem(TypedDict):
    """One item of ``erp.inventory.list``. Open: the vendor's other fields pass through."""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    StoreCode: NotRequired[Optional[str]]
    """Store; null for a warehouse without a store"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ColorCode: NotRequired[Optional[str]]
    """Colour code; null without variants"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size; null without sizes"""

    InventoryQty1: NotRequired[Optional[Union[Decimal, int]]]
    """Quantity in stock (a decimal)"""


class ErpInventoryGetParams(TypedDict):
    """Parameters of ``erp.inventory.get``."""

    ItemCode: Union[str, int]
    """The product's code (ItemCode)"""


class ErpInventoryGetResult(TypedDict):
    """Result of ``erp.inventory.get``. Open: the vendor's other fields pass through."""

    items: list[ErpInventoryGetResultItems]
    """The item's stock per warehouse, colour and size"""


class ErpInventoryGetResultItems(TypedDict):
    """The item's stock per warehouse, colour and size (``items`` of ``ErpInventoryGetResult``). Open: the
    vendor's other fields pass through."""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    StoreCode: NotRequired[Optional[str]]
    """Store; null for a warehouse without a store"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ColorCode: NotRequired[Optional[str]]
    """Colour code; null without variants"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size; null without sizes"""

    InventoryQty1: NotRequired[Optional[Union[Decimal, int]]]
    """Quantity in stock (a decimal)"""


class ErpSalesOrdersListParams(TypedDict):
    """Parameters of ``erp.sales_orders.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    order_date_start: NotRequired[Union[str, datetime.date]]
    """Orders from this date (YYYY-MM-DD)"""

    order_date_end: NotRequired[Union[str, datetime.date]]
    """Orders up to this date (YYYY-MM-DD)"""

    process_code: NotRequired[str]
    """Only documents of this ProcessCode: WS, R, RI, RSD, EP or SS (the filter's list in seed 001)"""


class ErpSalesOrdersListItem(TypedDict):
    """One item of ``erp.sales_orders.list``. Open: the vendor's other fields pass through."""

    OrderNumber: NotRequired[Optional[str]]
    """The ERP's document number"""

    OrderDate: NotRequired[Optional[str]]
    """Document date (YYYY-MM-DD)"""

    DocumentNumber: NotRequired[Optional[str]]
    """The document's own number"""

    CustomerCode: NotRequired[Optional[str]]
    """The customer's CurrAccCode"""

    ProcessCode: NotRequired[Optional[str]]
    """Process (the ``process_code`` table)"""

    Description: NotRequired[Optional[str]]
    """Description"""

    InternalDescription: NotRequired[Optional[str]]
    """Internal note"""

    TaxTypeCode: NotRequired[Optional[int]]
    """Tax type (the ``invoice_tax_type`` table)"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    DocCurrencyCode: NotRequired[Optional[str]]
    """Currency (TRY, USD, EUR …)"""

    Lines: NotRequired[Optional[list[ErpSalesOrdersListItemLines]]]
    """The document's lines"""


class ErpSalesOrdersListItemLines(TypedDict):
    """The document's lines (``Lines`` of ``ErpSalesOrdersListItem``). Open: the vendor's other fields pass
    through."""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ColorCode: NotRequired[Optional[str]]
    """Colour code; null without variants"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size; null without sizes"""

    Qty1: NotRequired[Optional[Union[Decimal, int]]]
    """Quantity (a decimal: metres, kilograms)"""

    NetAmount: NotRequired[Optional[Decimal]]
    """Line amount without VAT"""


class ErpSalesInvoicesListParams(TypedDict):
    """Parameters of ``erp.sales_invoices.list``."""

    page: NotRequired[int]
    """Page number (default 1)"""

    per_page: NotRequired[int]
    """Records per page (default 50, at most 100)"""

    invoice_date_start: NotRequired[Union[str, datetime.date]]
    """Invoices from this date (YYYY-MM-DD)"""

    invoice_date_end: NotRequired[Union[str, datetime.date]]
    """Invoices up to this date (YYYY-MM-DD)"""

    process_code: NotRequired[str]
    """Only documents of this ProcessCode: WS, R, RI, RSD, EP or SS (the filter's list in seed 001)"""


class ErpSalesInvoicesListItem(TypedDict):
    """One item of ``erp.sales_invoices.list``. Open: the vendor's other fields pass through."""

    InvoiceNumber: NotRequired[Optional[str]]
    """The ERP's document number"""

    InvoiceDate: NotRequired[Optional[str]]
    """Document date (YYYY-MM-DD)"""

    DocumentNumber: NotRequired[Optional[str]]
    """The document's own number"""

    CustomerCode: NotRequired[Optional[str]]
    """The customer's CurrAccCode"""

    ProcessCode: NotRequired[Optional[str]]
    """Process (the ``process_code`` table)"""

    Description: NotRequired[Optional[str]]
    """Description"""

    InternalDescription: NotRequired[Optional[str]]
    """Internal note"""

    TaxTypeCode: NotRequired[Optional[int]]
    """Tax type (the ``invoice_tax_type`` table)"""

    OfficeCode: NotRequired[Optional[str]]
    """Office"""

    WarehouseCode: NotRequired[Optional[str]]
    """Warehouse"""

    DocCurrencyCode: NotRequired[Optional[str]]
    """Currency (TRY, USD, EUR …)"""

    Lines: NotRequired[Optional[list[ErpSalesInvoicesListItemLines]]]
    """The document's lines"""


class ErpSalesInvoicesListItemLines(TypedDict):
    """The document's lines (``Lines`` of ``ErpSalesInvoicesListItem``). Open: the vendor's other fields
    pass through."""

    ItemTypeCode: NotRequired[Optional[int]]
    """Item type (the ``item_type`` table)"""

    ItemCode: NotRequired[Optional[str]]
    """The product's code"""

    ColorCode: NotRequired[Optional[str]]
    """Colour code; null without variants"""

    ItemDim1Code: NotRequired[Optional[str]]
    """Size; null without sizes"""

    Qty1: NotRequired[Optional[Union[Decimal, int]]]
    """Quantity (a decimal: metres, kilograms)"""

    NetAmount: NotRequired[Optional[Decimal]]
    """Line amount without VAT"""


class TedbulCodesListParams(TypedDict):
    """Parameters of ``tedbul.codes.list``."""


class TedbulCodesListResult(TypedDict):
    """Result of ``tedbul.codes.list``. Open: the vendor's other fields pass through."""

    order_status: Any
    """Order status codes (orderStatus)"""

    ad_status: Any
    """Ad status codes (status, adsStatus)"""

    message_type: Any
    """Integration report types (messageType)"""


class TedbulAuthLoginParams(TypedDict):
    """Parameters of ``tedbul.auth.login``."""


class TedbulAuthLoginResult(TypedDict):
    """Result of ``tedbul.auth.login``. Open: the vendor's other fields pass through."""

    authenticated: Any
    """Always true"""

    access_expires_ms: int
    """When the token expires (Unix time in ms; Tedbul tokens last 3 hours)"""

    refresh_expires_ms: NotRequired[Any]
    """Always null: Tedbul has no refresh token"""


class TedbulOrdersSoldListParams(TypedDict):
    """Parameters of ``tedbul.orders.sold.list``."""

    page: NotRequired[int]
    """Page number, from 1"""

    show: NotRequired[int]
    """Orders per page (default 50)"""

    startDate: NotRequired[Union[str, datetime.date]]
    """First order date, YYYY-MM-DD (Tedbul's default: one month before today)"""

    endDate: NotRequired[Union[str, datetime.date]]
    """Last order date, YYYY-MM-DD (Tedbul's default: today)"""

    orderStatus: NotRequired[Union[Literal[0, 1, 2, 3, 4, 6, 8], IntEnum]]
    """Only orders in this status (codes: order_status); every status when absent"""


class TedbulOrdersSoldListItem(TypedDict):
    """One item of ``tedbul.orders.sold.list``. Open: the vendor's other fields pass through."""

    orderId: str
    """Order id"""

    orderCode: NotRequired[Optional[str]]
    """Order number"""

    orderDate: NotRequired[Optional[str]]
    """Order date and time, YYYY-MM-DD HH:MM:SS"""

    orderStatus: NotRequired[Optional[int]]
    """Status code (codes: order_status)"""

    orderStatusText: NotRequired[Optional[str]]
    """Status label (Turkish)"""

    orderNote: NotRequired[Optional[str]]
    """The buyer's note"""

    cancelNote: NotRequired[Optional[str]]
    """Cancellation reason"""

    orderPrice: NotRequired[Optional[Decimal]]
    """Order amount"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""

    orderCargoDesi: NotRequired[Optional[Union[Decimal, int]]]
    """Parcel volume in desi"""

    orderCargoCompanyId: NotRequired[Optional[str]]
    """Cargo company id"""

    orderCargoCompanyText: NotRequired[Optional[str]]
    """Cargo company name"""

    buyerId: NotRequired[Optional[str]]
    """Buyer's member id"""

    buyerUsername: NotRequired[Optional[str]]
    """Buyer's username"""

    sellerId: NotRequired[Optional[str]]
    """Seller's member id"""

    sellerUsername: NotRequired[Optional[str]]
    """Seller's username"""

    shippingCargoCode: NotRequired[Optional[str]]
    """Cargo shipment code"""

    sendFollowCargoCode: NotRequired[Optional[str]]
    """Cargo tracking code"""

    refundFollowCargoCode: NotRequired[Optional[str]]
    """Return cargo tracking code"""

    cargoRequestDate: NotRequired[Optional[str]]
    """When the shipment was created, YYYY-MM-DD HH:MM:SS"""

    cargoDeliveryDate: NotRequired[Optional[str]]
    """When it was delivered, YYYY-MM-DD HH:MM:SS"""

    buyerFullName: NotRequired[Optional[str]]
    """Buyer's full name (sold orders)"""

    buyerInvoiceCompanyName: NotRequired[Optional[str]]
    """Buyer's invoice title"""

    buyerInvoicePhone: NotRequired[Optional[str]]
    """Buyer's phone number"""

    buyerInvoiceEmail: NotRequired[Optional[str]]
    """Buyer's email"""

    buyerInvoiceTaxOrTcNo: NotRequired[Optional[str]]
    """Buyer's tax number or T.C. identity number"""

    buyerInvoiceTaxOffice: NotRequired[Optional[str]]
    """Buyer's tax office"""

    buyerInvoiceAddress: NotRequired[Optional[str]]
    """Invoice address"""

    buyerInvoiceCity: NotRequired[Optional[str]]
    """Invoice province (il)"""

    buyerInvoiceTown: NotRequired[Optional[str]]
    """Invoice district (ilçe)"""

    buyerDeliveryAddress: NotRequired[Optional[str]]
    """Delivery address"""

    buyerDeliveryCity: NotRequired[Optional[str]]
    """Delivery province (il; the seed swaps the two labels)"""

    buyerDeliveryTown: NotRequired[Optional[str]]
    """Delivery district (ilçe)"""

    orderProducts: NotRequired[Optional[list[TedbulOrdersSoldListItemOrderProducts]]]
    """The order lines"""


class TedbulOrdersSoldListItemOrderProducts(TypedDict):
    """The order lines (``orderProducts`` of ``TedbulOrdersSoldListItem``). Open: the vendor's other fields
    pass through."""

    penId: NotRequired[Optional[str]]
    """Order line id: what tedbul.orders.confirm names"""

    orderProductId: NotRequired[Optional[str]]
    """The line's product id ("integer Ürün ID"), the id sold lines carry in the seed"""

    orderProductName: NotRequired[Optional[str]]
    """Product name"""

    orderProductBarcode: NotRequired[Optional[str]]
    """Product barcode"""

    orderProductVAT: NotRequired[Optional[int]]
    """VAT rate in percent"""

    orderProductExpiration: NotRequired[Optional[str]]
    """Expiry date (miad) of the goods"""

    orderQty: NotRequired[Optional[int]]
    """Quantity ordered"""

    orderApprovedQty: NotRequired[Optional[int]]
    """Quantity the seller approved"""

    orderTotalPrice: NotRequired[Optional[Decimal]]
    """Line total as ordered"""

    orderProductPrice: NotRequired[Optional[Decimal]]
    """Unit price"""

    orderApprovedPrice: NotRequired[Optional[Decimal]]
    """Line total as approved"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""


class TedbulOrdersSoldGetParams(TypedDict):
    """Parameters of ``tedbul.orders.sold.get``."""

    id: int
    """Order id (orderId)"""


class TedbulOrdersSoldGetResult(TypedDict):
    """Result of ``tedbul.orders.sold.get``. Open: the vendor's other fields pass through."""

    orderId: str
    """Order id"""

    orderCode: NotRequired[Optional[str]]
    """Order number"""

    orderDate: NotRequired[Optional[str]]
    """Order date and time, YYYY-MM-DD HH:MM:SS"""

    orderStatus: NotRequired[Optional[int]]
    """Status code (codes: order_status)"""

    orderStatusText: NotRequired[Optional[str]]
    """Status label (Turkish)"""

    orderNote: NotRequired[Optional[str]]
    """The buyer's note"""

    cancelNote: NotRequired[Optional[str]]
    """Cancellation reason"""

    orderPrice: NotRequired[Optional[Decimal]]
    """Order amount"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""

    orderCargoDesi: NotRequired[Optional[Union[Decimal, int]]]
    """Parcel volume in desi"""

    orderCargoCompanyId: NotRequired[Optional[str]]
    """Cargo company id"""

    orderCargoCompanyText: NotRequired[Optional[str]]
    """Cargo company name"""

    buyerId: NotRequired[Optional[str]]
    """Buyer's member id"""

    buyerUsername: NotRequired[Optional[str]]
    """Buyer's username"""

    sellerId: NotRequired[Optional[str]]
    """Seller's member id"""

    sellerUsername: NotRequired[Optional[str]]
    """Seller's username"""

    shippingCargoCode: NotRequired[Optional[str]]
    """Cargo shipment code"""

    sendFollowCargoCode: NotRequired[Optional[str]]
    """Cargo tracking code"""

    refundFollowCargoCode: NotRequired[Optional[str]]
    """Return cargo tracking code"""

    cargoRequestDate: NotRequired[Optional[str]]
    """When the shipment was created, YYYY-MM-DD HH:MM:SS"""

    cargoDeliveryDate: NotRequired[Optional[str]]
    """When it was delivered, YYYY-MM-DD HH:MM:SS"""

    buyerFullName: NotRequired[Optional[str]]
    """Buyer's full name (sold orders)"""

    buyerInvoiceCompanyName: NotRequired[Optional[str]]
    """Buyer's invoice title"""

    buyerInvoicePhone: NotRequired[Optional[str]]
    """Buyer's phone number"""

    buyerInvoiceEmail: NotRequired[Optional[str]]
    """Buyer's email"""

    buyerInvoiceTaxOrTcNo: NotRequired[Optional[str]]
    """Buyer's tax number or T.C. identity number"""

    buyerInvoiceTaxOffice: NotRequired[Optional[str]]
    """Buyer's tax office"""

    buyerInvoiceAddress: NotRequired[Optional[str]]
    """Invoice address"""

    buyerInvoiceCity: NotRequired[Optional[str]]
    """Invoice province (il)"""

    buyerInvoiceTown: NotRequired[Optional[str]]
    """Invoice district (ilçe)"""

    buyerDeliveryAddress: NotRequired[Optional[str]]
    """Delivery address"""

    buyerDeliveryCity: NotRequired[Optional[str]]
    """Delivery province (il; the seed swaps the two labels)"""

    buyerDeliveryTown: NotRequired[Optional[str]]
    """Delivery district (ilçe)"""

    orderProducts: NotRequired[Optional[list[TedbulOrdersSoldGetResultOrderProducts]]]
    """The order lines"""


class TedbulOrdersSoldGetResultOrderProducts(TypedDict):
    """The order lines (``orderProducts`` of ``TedbulOrdersSoldGetResult``). Open: the vendor's other
    fields pass through."""

    penId: NotRequired[Optional[str]]
    """Order line id: what tedbul.orders.confirm names"""

    orderProductId: NotRequired[Optional[str]]
    """The line's product id ("integer Ürün ID"), the id sold lines carry in the seed"""

    orderProductName: NotRequired[Optional[str]]
    """Product name"""

    orderProductBarcode: NotRequired[Optional[str]]
    """Product barcode"""

    orderProductVAT: NotRequired[Optional[int]]
    """VAT rate in percent"""

    orderProductExpiration: NotRequired[Optional[str]]
    """Expiry date (miad) of the goods"""

    orderQty: NotRequired[Optional[int]]
    """Quantity ordered"""

    orderApprovedQty: NotRequired[Optional[int]]
    """Quantity the seller approved"""

    orderTotalPrice: NotRequired[Optional[Decimal]]
    """Line total as ordered"""

    orderProductPrice: NotRequired[Optional[Decimal]]
    """Unit price"""

    orderApprovedPrice: NotRequired[Optional[Decimal]]
    """Line total as approved"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""


class TedbulOrdersConfirmParams(TypedDict):
    """Parameters of ``tedbul.orders.confirm``."""

    orderId: int
    """Order id"""

    products: Sequence[TedbulOrdersConfirmParamsProducts]
    """The lines to approve, each once"""


class TedbulOrdersConfirmParamsProducts(TypedDict):
    """The lines to approve, each once (``products`` of ``TedbulOrdersConfirmParams``)"""

    penId: int
    """Order line id (penId of orderProducts)"""

    approvedQty: int
    """Quantity approved for the line, from 0 up to the quantity ordered"""


class TedbulOrdersConfirmResult(TypedDict):
    """Result of ``tedbul.orders.confirm``. Open: the vendor's other fields pass through."""

    orderId: str
    """Order id"""

    orderCode: NotRequired[Optional[str]]
    """Order number"""

    orderDate: NotRequired[Optional[str]]
    """Order date and time, YYYY-MM-DD HH:MM:SS"""

    orderStatus: NotRequired[Optional[int]]
    """Status code (codes: order_status)"""

    orderStatusText: NotRequired[Optional[str]]
    """Status label (Turkish)"""

    orderNote: NotRequired[Optional[str]]
    """The buyer's note"""

    cancelNote: NotRequired[Optional[str]]
    """Cancellation reason"""

    orderPrice: NotRequired[Optional[Decimal]]
    """Order amount"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""

    orderCargoDesi: NotRequired[Optional[Union[Decimal, int]]]
    """Parcel volume in desi"""

    orderCargoCompanyId: NotRequired[Optional[str]]
    """Cargo company id"""

    orderCargoCompanyText: NotRequired[Optional[str]]
    """Cargo company name"""

    buyerId: NotRequired[Optional[str]]
    """Buyer's member id"""

    buyerUsername: NotRequired[Optional[str]]
    """Buyer's username"""

    sellerId: NotRequired[Optional[str]]
    """Seller's member id"""

    sellerUsername: NotRequired[Optional[str]]
    """Seller's username"""

    shippingCargoCode: NotRequired[Optional[str]]
    """Cargo shipment code"""

    sendFollowCargoCode: NotRequired[Optional[str]]
    """Cargo tracking code"""

    refundFollowCargoCode: NotRequired[Optional[str]]
    """Return cargo tracking code"""

    cargoRequestDate: NotRequired[Optional[str]]
    """When the shipment was created, YYYY-MM-DD HH:MM:SS"""

    cargoDeliveryDate: NotRequired[Optional[str]]
    """When it was delivered, YYYY-MM-DD HH:MM:SS"""

    buyerFullName: NotRequired[Optional[str]]
    """Buyer's full name (sold orders)"""

    buyerInvoiceCompanyName: NotRequired[Optional[str]]
    """Buyer's invoice title"""

    buyerInvoicePhone: NotRequired[Optional[str]]
    """Buyer's phone number"""

    buyerInvoiceEmail: NotRequired[Optional[str]]
    """Buyer's email"""

    buyerInvoiceTaxOrTcNo: NotRequired[Optional[str]]
    """Buyer's tax number or T.C. identity number"""

    buyerInvoiceTaxOffice: NotRequired[Optional[str]]
    """Buyer's tax office"""

    buyerInvoiceAddress: NotRequired[Optional[str]]
    """Invoice address"""

    buyerInvoiceCity: NotRequired[Optional[str]]
    """Invoice province (il)"""

    buyerInvoiceTown: NotRequired[Optional[str]]
    """Invoice district (ilçe)"""

    buyerDeliveryAddress: NotRequired[Optional[str]]
    """Delivery address"""

    buyerDeliveryCity: NotRequired[Optional[str]]
    """Delivery province (il; the seed swaps the two labels)"""

    buyerDeliveryTown: NotRequired[Optional[str]]
    """Delivery district (ilçe)"""

    orderProducts: NotRequired[Optional[list[TedbulOrdersConfirmResultOrderProducts]]]
    """The order lines"""


class TedbulOrdersConfirmResultOrderProducts(TypedDict):
    """The order lines (``orderProducts`` of ``TedbulOrdersConfirmResult``). Open: the vendor's other
    fields pass through."""

    penId: NotRequired[Optional[str]]
    """Order line id: what tedbul.orders.confirm names"""

    orderProductId: NotRequired[Optional[str]]
    """The line's product id ("integer Ürün ID"), the id sold lines carry in the seed"""

    orderProductName: NotRequired[Optional[str]]
    """Product name"""

    orderProductBarcode: NotRequired[Optional[str]]
    """Product barcode"""

    orderProductVAT: NotRequired[Optional[int]]
    """VAT rate in percent"""

    orderProductExpiration: NotRequired[Optional[str]]
    """Expiry date (miad) of the goods"""

    orderQty: NotRequired[Optional[int]]
    """Quantity ordered"""

    orderApprovedQty: NotRequired[Optional[int]]
    """Quantity the seller approved"""

    orderTotalPrice: NotRequired[Optional[Decimal]]
    """Line total as ordered"""

    orderProductPrice: NotRequired[Optional[Decimal]]
    """Unit price"""

    orderApprovedPrice: NotRequired[Optional[Decimal]]
    """Line total as approved"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""


class TedbulOrdersPurchasedListParams(TypedDict):
    """Parameters of ``tedbul.orders.purchased.list``."""

    page: NotRequired[int]
    """Page number, from 1"""

    show: NotRequired[int]
    """Orders per page (default 50)"""

    startDate: NotRequired[Union[str, datetime.date]]
    """First order date, YYYY-MM-DD (Tedbul's default: one month before today)"""

    endDate: NotRequired[Union[str, datetime.date]]
    """Last order date, YYYY-MM-DD (Tedbul's default: today)"""

    orderStatus: NotRequired[Union[Literal[0, 1, 2, 3, 4, 6, 8], IntEnum]]
    """Only orders in this status (codes: order_status); every status when absent"""


class TedbulOrdersPurchasedListItem(TypedDict):
    """One item of ``tedbul.orders.purchased.list``. Open: the vendor's other fields pass through."""

    orderId: str
    """Order id"""

    orderCode: NotRequired[Optional[str]]
    """Order number"""

    orderDate: NotRequired[Optional[str]]
    """Order date and time, YYYY-MM-DD HH:MM:SS"""

    orderStatus: NotRequired[Optional[int]]
    """Status code (codes: order_status)"""

    orderStatusText: NotRequired[Optional[str]]
    """Status label (Turkish)"""

    orderNote: NotRequired[Optional[str]]
    """The buyer's note"""

    cancelNote: NotRequired[Optional[str]]
    """Cancellation reason"""

    orderPrice: NotRequired[Optional[Decimal]]
    """Order amount"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""

    orderCargoDesi: NotRequired[Optional[Union[Decimal, int]]]
    """Parcel volume in desi"""

    orderCargoCompanyId: NotRequired[Optional[str]]
    """Cargo company id"""

    orderCargoCompanyText: NotRequired[Optional[str]]
    """Cargo company name"""

    buyerId: NotRequired[Optional[str]]
    """Buyer's member id"""

    buyerUsername: NotRequired[Optional[str]]
    """Buyer's username"""

    sellerId: NotRequired[Optional[str]]
    """Seller's member id"""

    sellerUsername: NotRequired[Optional[str]]
    """Seller's username"""

    shippingCargoCode: NotRequired[Optional[str]]
    """Cargo shipment code"""

    sendFollowCargoCode: NotRequired[Optional[str]]
    """Cargo tracking code"""

    refundFollowCargoCode: NotRequired[Optional[str]]
    """Return cargo tracking code"""

    cargoRequestDate: NotRequired[Optional[str]]
    """When the shipment was created, YYYY-MM-DD HH:MM:SS"""

    cargoDeliveryDate: NotRequired[Optional[str]]
    """When it was delivered, YYYY-MM-DD HH:MM:SS"""

    buyerFullName: NotRequired[Optional[str]]
    """Buyer's full name (sold orders)"""

    buyerInvoiceCompanyName: NotRequired[Optional[str]]
    """Buyer's invoice title"""

    buyerInvoicePhone: NotRequired[Optional[str]]
    """Buyer's phone number"""

    buyerInvoiceEmail: NotRequired[Optional[str]]
    """Buyer's email"""

    buyerInvoiceTaxOrTcNo: NotRequired[Optional[str]]
    """Buyer's tax number or T.C. identity number"""

    buyerInvoiceTaxOffice: NotRequired[Optional[str]]
    """Buyer's tax office"""

    buyerInvoiceAddress: NotRequired[Optional[str]]
    """Invoice address"""

    buyerInvoiceCity: NotRequired[Optional[str]]
    """Invoice province (il)"""

    buyerInvoiceTown: NotRequired[Optional[str]]
    """Invoice district (ilçe)"""

    buyerDeliveryAddress: NotRequired[Optional[str]]
    """Delivery address"""

    buyerDeliveryCity: NotRequired[Optional[str]]
    """Delivery province (il; the seed swaps the two labels)"""

    buyerDeliveryTown: NotRequired[Optional[str]]
    """Delivery district (ilçe)"""

    orderProducts: NotRequired[Optional[list[TedbulOrdersPurchasedListItemOrderProducts]]]
    """The order lines"""


class TedbulOrdersPurchasedListItemOrderProducts(TypedDict):
    """The order lines (``orderProducts`` of ``TedbulOrdersPurchasedListItem``). Open: the vendor's other
    fields pass through."""

    penId: NotRequired[Optional[str]]
    """Order line id: what tedbul.orders.confirm names"""

    orderProductId: NotRequired[Optional[str]]
    """The line's product id ("integer Ürün ID"), the id sold lines carry in the seed"""

    orderProductName: NotRequired[Optional[str]]
    """Product name"""

    orderProductBarcode: NotRequired[Optional[str]]
    """Product barcode"""

    orderProductVAT: NotRequired[Optional[int]]
    """VAT rate in percent"""

    orderProductExpiration: NotRequired[Optional[str]]
    """Expiry date (miad) of the goods"""

    orderQty: NotRequired[Optional[int]]
    """Quantity ordered"""

    orderApprovedQty: NotRequired[Optional[int]]
    """Quantity the seller approved"""

    orderTotalPrice: NotRequired[Optional[Decimal]]
    """Line total as ordered"""

    orderProductPrice: NotRequired[Optional[Decimal]]
    """Unit price"""

    orderApprovedPrice: NotRequired[Optional[Decimal]]
    """Line total as approved"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""


class TedbulOrdersPurchasedGetParams(TypedDict):
    """Parameters of ``tedbul.orders.purchased.get``."""

    id: int
    """Order id (orderId)"""


class TedbulOrdersPurchasedGetResult(TypedDict):
    """Result of ``tedbul.orders.purchased.get``. Open: the vendor's other fields pass through."""

    orderId: str
    """Order id"""

    orderCode: NotRequired[Optional[str]]
    """Order number"""

    orderDate: NotRequired[Optional[str]]
    """Order date and time, YYYY-MM-DD HH:MM:SS"""

    orderStatus: NotRequired[Optional[int]]
    """Status code (codes: order_status)"""

    orderStatusText: NotRequired[Optional[str]]
    """Status label (Turkish)"""

    orderNote: NotRequired[Optional[str]]
    """The buyer's note"""

    cancelNote: NotRequired[Optional[str]]
    """Cancellation reason"""

    orderPrice: NotRequired[Optional[Decimal]]
    """Order amount"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""

    orderCargoDesi: NotRequired[Optional[Union[Decimal, int]]]
    """Parcel volume in desi"""

    orderCargoCompanyId: NotRequired[Optional[str]]
    """Cargo company id"""

    orderCargoCompanyText: NotRequired[Optional[str]]
    """Cargo company name"""

    buyerId: NotRequired[Optional[str]]
    """Buyer's member id"""

    buyerUsername: NotRequired[Optional[str]]
    """Buyer's username"""

    sellerId: NotRequired[Optional[str]]
    """Seller's member id"""

    sellerUsername: NotRequired[Optional[str]]
    """Seller's username"""

    shippingCargoCode: NotRequired[Optional[str]]
    """Cargo shipment code"""

    sendFollowCargoCode: NotRequired[Optional[str]]
    """Cargo tracking code"""

    refundFollowCargoCode: NotRequired[Optional[str]]
    """Return cargo tracking code"""

    cargoRequestDate: NotRequired[Optional[str]]
    """When the shipment was created, YYYY-MM-DD HH:MM:SS"""

    cargoDeliveryDate: NotRequired[Optional[str]]
    """When it was delivered, YYYY-MM-DD HH:MM:SS"""

    buyerFullName: NotRequired[Optional[str]]
    """Buyer's full name (sold orders)"""

    buyerInvoiceCompanyName: NotRequired[Optional[str]]
    """Buyer's invoice title"""

    buyerInvoicePhone: NotRequired[Optional[str]]
    """Buyer's phone number"""

    buyerInvoiceEmail: NotRequired[Optional[str]]
    """Buyer's email"""

    buyerInvoiceTaxOrTcNo: NotRequired[Optional[str]]
    """Buyer's tax number or T.C. identity number"""

    buyerInvoiceTaxOffice: NotRequired[Optional[str]]
    """Buyer's tax office"""

    buyerInvoiceAddress: NotRequired[Optional[str]]
    """Invoice address"""

    buyerInvoiceCity: NotRequired[Optional[str]]
    """Invoice province (il)"""

    buyerInvoiceTown: NotRequired[Optional[str]]
    """Invoice district (ilçe)"""

    buyerDeliveryAddress: NotRequired[Optional[str]]
    """Delivery address"""

    buyerDeliveryCity: NotRequired[Optional[str]]
    """Delivery province (il; the seed swaps the two labels)"""

    buyerDeliveryTown: NotRequired[Optional[str]]
    """Delivery district (ilçe)"""

    orderProducts: NotRequired[Optional[list[TedbulOrdersPurchasedGetResultOrderProducts]]]
    """The order lines"""


class TedbulOrdersPurchasedGetResultOrderProducts(TypedDict):
    """The order lines (``orderProducts`` of ``TedbulOrdersPurchasedGetResult``). Open: the vendor's other
    fields pass through."""

    penId: NotRequired[Optional[str]]
    """Order line id: what tedbul.orders.confirm names"""

    orderProductId: NotRequired[Optional[str]]
    """The line's product id ("integer Ürün ID"), the id sold lines carry in the seed"""

    orderProductName: NotRequired[Optional[str]]
    """Product name"""

    orderProductBarcode: NotRequired[Optional[str]]
    """Product barcode"""

    orderProductVAT: NotRequired[Optional[int]]
    """VAT rate in percent"""

    orderProductExpiration: NotRequired[Optional[str]]
    """Expiry date (miad) of the goods"""

    orderQty: NotRequired[Optional[int]]
    """Quantity ordered"""

    orderApprovedQty: NotRequired[Optional[int]]
    """Quantity the seller approved"""

    orderTotalPrice: NotRequired[Optional[Decimal]]
    """Line total as ordered"""

    orderProductPrice: NotRequired[Optional[Decimal]]
    """Unit price"""

    orderApprovedPrice: NotRequired[Optional[Decimal]]
    """Line total as approved"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""


class TedbulAdsCreateParams(TypedDict):
    """Parameters of ``tedbul.ads.create``."""

    productBarcode: Union[str, int]
    """Product barcode (identifies the product; an unknown one is added to the catalogue)"""

    productName: str
    """Product name"""

    maxSellQty: NotRequired[int]
    """Maximum sale quantity (createAds only: the update tables of seed 002 have none)"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Expiry date (miad) YYYY-MM-DD"""

    stock: int
    """Stock, at least 3"""

    price: Union[Decimal, int, float, str]
    """Price; sent as "10,50\""""

    psf: NotRequired[Union[Decimal, int, float, str]]
    """Market sale price (piyasa satış fiyatı)"""

    description: NotRequired[str]
    """Description, at most 255 characters"""

    featured: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Featured ad: 0 or 1"""

    minSellQty: NotRequired[int]
    """Minimum sale quantity"""

    levelOfSales: NotRequired[int]
    """Multiple (katlı) sale quantity"""

    specialcode: NotRequired[str]
    """Special code"""

    status: NotRequired[Union[Literal[1, 2], IntEnum]]
    """1 active, 2 passive (codes: ad_status)"""


class TedbulAdsCreateResult(TypedDict):
    """Result of ``tedbul.ads.create``. Open: the vendor's other fields pass through."""

    adsId: str
    """Ad id"""

    productId: NotRequired[Optional[str]]
    """Tedbul product id"""

    productName: NotRequired[Optional[str]]
    """Product name"""

    barcodes: NotRequired[Optional[list[str]]]
    """The product's barcodes"""

    price: NotRequired[Optional[Decimal]]
    """Price"""

    psf: NotRequired[Optional[Decimal]]
    """Market sale price (piyasa satış fiyatı)"""

    stock: NotRequired[Optional[int]]
    """Stock (Tedbul lists it as text; returned as an integer)"""

    minSellQty: NotRequired[Optional[int]]
    """Minimum sale quantity"""

    maxSellQty: NotRequired[Optional[int]]
    """Maximum sale quantity"""

    levelOfSales: NotRequired[Optional[int]]
    """Multiple (katlı) sale quantity"""

    description: NotRequired[Optional[str]]
    """Description"""

    expiration: NotRequired[Optional[str]]
    """Expiry date (miad)"""

    featured: NotRequired[Optional[int]]
    """Featured ad: 0 or 1"""

    status: NotRequired[Optional[int]]
    """1 active, 2 passive (codes: ad_status)"""

    specialcode: NotRequired[Optional[str]]
    """Special code"""


class TedbulAdsUpdateParams(TypedDict):
    """Parameters of ``tedbul.ads.update``."""

    id: int
    """Ad id (adsId)"""

    productBarcode: NotRequired[Union[str, int]]
    """Product barcode"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Expiry date (miad) YYYY-MM-DD"""

    stock: int
    """Stock, at least 3"""

    price: Union[Decimal, int, float, str]
    """Price; sent as "10,50\""""

    psf: NotRequired[Union[Decimal, int, float, str]]
    """Market sale price (piyasa satış fiyatı)"""

    description: NotRequired[str]
    """Description, at most 255 characters"""

    featured: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Featured ad: 0 or 1"""

    minSellQty: NotRequired[int]
    """Minimum sale quantity"""

    levelOfSales: NotRequired[int]
    """Multiple (katlı) sale quantity"""

    specialcode: NotRequired[str]
    """Special code"""

    status: NotRequired[Union[Literal[1, 2], IntEnum]]
    """1 active, 2 passive (codes: ad_status)"""


class TedbulAdsUpdateResult(TypedDict):
    """Result of ``tedbul.ads.update``. Open: the vendor's other fields pass through."""

    adsId: str
    """Ad id"""

    productId: NotRequired[Optional[str]]
    """Tedbul product id"""

    productName: NotRequired[Optional[str]]
    """Product name"""

    barcodes: NotRequired[Optional[list[str]]]
    """The product's barcodes"""

    price: NotRequired[Optional[Decimal]]
    """Price"""

    psf: NotRequired[Optional[Decimal]]
    """Market sale price (piyasa satış fiyatı)"""

    stock: NotRequired[Optional[int]]
    """Stock (Tedbul lists it as text; returned as an integer)"""

    minSellQty: NotRequired[Optional[int]]
    """Minimum sale quantity"""

    maxSellQty: NotRequired[Optional[int]]
    """Maximum sale quantity"""

    levelOfSales: NotRequired[Optional[int]]
    """Multiple (katlı) sale quantity"""

    description: NotRequired[Optional[str]]
    """Description"""

    expiration: NotRequired[Optional[str]]
    """Expiry date (miad)"""

    featured: NotRequired[Optional[int]]
    """Featured ad: 0 or 1"""

    status: NotRequired[Optional[int]]
    """1 active, 2 passive (codes: ad_status)"""

    specialcode: NotRequired[Optional[str]]
    """Special code"""


class TedbulAdsUpdateManyParams(TypedDict):
    """Parameters of ``tedbul.ads.update_many``."""

    adsList: Sequence[TedbulAdsUpdateManyParamsAdsList]
    """Ads to update, at most 100 per request"""


class TedbulAdsUpdateManyParamsAdsList(TypedDict):
    """Ads to update, at most 100 per request (``adsList`` of ``TedbulAdsUpdateManyParams``)"""

    id: int
    """Ad id (adsId)"""

    productBarcode: NotRequired[Union[str, int]]
    """Product barcode"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Expiry date (miad) YYYY-MM-DD"""

    stock: int
    """Stock, at least 3"""

    price: Union[Decimal, int, float, str]
    """Price; sent as "10,50\""""

    psf: NotRequired[Union[Decimal, int, float, str]]
    """Market sale price (piyasa satış fiyatı)"""

    description: NotRequired[str]
    """Description, at most 255 characters"""

    featured: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Featured ad: 0 or 1"""

    minSellQty: NotRequired[int]
    """Minimum sale quantity"""

    levelOfSales: NotRequired[int]
    """Multiple (katlı) sale quantity"""

    specialcode: NotRequired[str]
    """Special code"""

    status: NotRequired[Union[Literal[1, 2], IntEnum]]
    """1 active, 2 passive (codes: ad_status)"""


class TedbulAdsUpdateManyResult(TypedDict):
    """Result of ``tedbul.ads.update_many``. Open: the vendor's other fields pass through."""

    successCount: int
    """Ads updated"""

    errorCount: int
    """Ads refused"""


class TedbulAdsDeleteParams(TypedDict):
    """Parameters of ``tedbul.ads.delete``."""

    id: int
    """Ad id (adsId)"""


class TedbulAdsDeleteResult(TypedDict):
    """Result of ``tedbul.ads.delete``. Open: the vendor's other fields pass through."""

    code: int
    """Tedbul's code (200)"""

    message: str
    """Tedbul's message ("ok")"""


class TedbulAdsListParams(TypedDict):
    """Parameters of ``tedbul.ads.list``."""

    page: NotRequired[int]
    """Page number, from 1"""

    show: NotRequired[int]
    """Ads per page (default 50)"""

    adsStatus: NotRequired[Union[Literal[1, 2], IntEnum]]
    """1 active, 2 passive"""


class TedbulAdsListItem(TypedDict):
    """One item of ``tedbul.ads.list``. Open: the vendor's other fields pass through."""

    adsId: str
    """Ad id"""

    productId: NotRequired[Optional[str]]
    """Tedbul product id"""

    productName: NotRequired[Optional[str]]
    """Product name"""

    barcodes: NotRequired[Optional[list[str]]]
    """The product's barcodes"""

    price: NotRequired[Optional[Decimal]]
    """Price"""

    psf: NotRequired[Optional[Decimal]]
    """Market sale price (piyasa satış fiyatı)"""

    stock: NotRequired[Optional[int]]
    """Stock (Tedbul lists it as text; returned as an integer)"""

    minSellQty: NotRequired[Optional[int]]
    """Minimum sale quantity"""

    maxSellQty: NotRequired[Optional[int]]
    """Maximum sale quantity"""

    levelOfSales: NotRequired[Optional[int]]
    """Multiple (katlı) sale quantity"""

    description: NotRequired[Optional[str]]
    """Description"""

    expiration: NotRequired[Optional[str]]
    """Expiry date (miad)"""

    featured: NotRequired[Optional[int]]
    """Featured ad: 0 or 1"""

    status: NotRequired[Optional[int]]
    """1 active, 2 passive (codes: ad_status)"""

    specialcode: NotRequired[Optional[str]]
    """Special code"""


class TedbulAdsGetParams(TypedDict):
    """Parameters of ``tedbul.ads.get``."""

    id: int
    """Ad id (adsId)"""


class TedbulAdsGetResult(TypedDict):
    """Result of ``tedbul.ads.get``. Open: the vendor's other fields pass through."""

    adsId: str
    """Ad id"""

    productId: NotRequired[Optional[str]]
    """Tedbul product id"""

    productName: NotRequired[Optional[str]]
    """Product name"""

    barcodes: NotRequired[Optional[list[str]]]
    """The product's barcodes"""

    price: NotRequired[Optional[Decimal]]
    """Price"""

    psf: NotRequired[Optional[Decimal]]
    """Market sale price (piyasa satış fiyatı)"""

    stock: NotRequired[Optional[int]]
    """Stock (Tedbul lists it as text; returned as an integer)"""

    minSellQty: NotRequired[Optional[int]]
    """Minimum sale quantity"""

    maxSellQty: NotRequired[Optional[int]]
    """Maximum sale quantity"""

    levelOfSales: NotRequired[Optional[int]]
    """Multiple (katlı) sale quantity"""

    description: NotRequired[Optional[str]]
    """Description"""

    expiration: NotRequired[Optional[str]]
    """Expiry date (miad)"""

    featured: NotRequired[Optional[int]]
    """Featured ad: 0 or 1"""

    status: NotRequired[Optional[int]]
    """1 active, 2 passive (codes: ad_status)"""

    specialcode: NotRequired[Optional[str]]
    """Special code"""


class TedbulProductsSearchParams(TypedDict):
    """Parameters of ``tedbul.products.search``."""

    nameOrBarcode: NotRequired[Union[str, int]]
    """A product name (or part of it) or a barcode; optional in seed 002"""


class TedbulProductsSearchResult(TypedDict):
    """Result of ``tedbul.products.search``. Open: the vendor's other fields pass through."""

    items: list[TedbulProductsSearchResultItems]
    """The matching catalogue products"""


class TedbulProductsSearchResultItems(TypedDict):
    """The matching catalogue products (``items`` of ``TedbulProductsSearchResult``). Open: the vendor's
    other fields pass through."""

    id: str
    """Tedbul product id"""

    name: NotRequired[Optional[str]]
    """Product name"""

    brand: NotRequired[Optional[str]]
    """Brand id"""

    barcodes: NotRequired[Optional[list[str]]]
    """The product's barcodes"""

    image: NotRequired[Optional[str]]
    """Picture URL"""

    kdv: NotRequired[Optional[int]]
    """VAT rate in percent"""

    minimumListPrice: NotRequired[Optional[Decimal]]
    """Lowest price among the product's ads"""


class TedbulUserIntegrationDataParams(TypedDict):
    """Parameters of ``tedbul.user.integration_data``."""

    message: str
    """What the integration run did"""

    messageType: Union[Literal[1, 2], IntEnum]
    """1 failed, 2 succeeded (codes: message_type)"""

    totalAds: int
    """How many ads the run handled"""

    pullAds: int
    """How many of them were saved"""


class TedbulUserIntegrationDataResult(TypedDict):
    """Result of ``tedbul.user.integration_data``. Open: the vendor's other fields pass through."""

    code: int
    """Tedbul's code (200)"""

    message: str
    """Tedbul's message ("ok")"""


class MapEntegraProductsParams(TypedDict):
    """Parameters of ``map.entegra.products``."""

    products: Sequence[MapEntegraProductsParamsProducts]
    """ERP products: items of erp.products.list (every page)"""

    inventory: NotRequired[Sequence[MapEntegraProductsParamsInventory]]
    """ERP stock records: items of erp.inventory.list (every page)"""

    options: NotRequired[MapEntegraProductsParamsOptions]
    """Mapping options"""


class MapEntegraProductsParamsProducts(TypedDict):
    """ERP products: items of erp.products.list (every page) (``products`` of
    ``MapEntegraProductsParams``). Open: the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[MapEntegraProductsParamsProductsVariants]]
    """Colour/size variants"""


class MapEntegraProductsParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``MapEntegraProductsParamsProducts``). Open: the vendor's
    other fields pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class MapEntegraProductsParamsInventory(TypedDict):
    """ERP stock records: items of erp.inventory.list (every page) (``inventory`` of
    ``MapEntegraProductsParams``). Open: the vendor's other fields pass through."""

    WarehouseCode: NotRequired[Union[str, int]]
    """Warehouse"""

    ItemCode: Union[str, int]
    """Item code"""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size"""

    InventoryQty1: Any
    """Stock (may be fractional or negative; the sum is rounded down, never below 0)"""


class MapEntegraProductsParamsOptions(TypedDict):
    """Mapping options (``options`` of ``MapEntegraProductsParams``)"""

    warehouses: NotRequired[Sequence[str]]
    """Warehouses whose stock counts (default: all)"""

    price_field: NotRequired[str]
    """The ERP product field the price is read from (default ``"SalePrice"``)"""

    erp_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the ERP price field includes VAT (default ``1``)"""

    marketplace_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or
    removed (rounded half up to 2 decimals) (default ``1``)"""

    variant_code_template: NotRequired[str]
    """Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty
    parts dropped with the text before them (default ``"{ItemCode}-{ColorCode}-{ItemDim1Code}"``)"""

    price_code: NotRequired[str]
    """The Entegra price field the price goes to (default ``"price1"``)"""

    barcode_field: NotRequired[str]
    """The ERP field with the barcode of a product without variants (default ``"Barcode"``)"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Tedbul: a fixed expiry date"""

    expiration_field: NotRequired[str]
    """Tedbul: the ERP product field with the expiry date (wins over expiration)"""


class MapEntegraProductsResult(TypedDict):
    """Result of ``map.entegra.products``."""

    list: list[Any]
    """entegra.products.create items (send at most 50 per request)"""

    skipped: list[MapEntegraProductsResultSkipped]
    """Products and variants that could not be mapped, with the reason"""

    warnings: list[MapEntegraProductsResultWarnings]
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0"""


class MapEntegraProductsResultSkipped(TypedDict):
    """Products and variants that could not be mapped, with the reason (``skipped`` of
    ``MapEntegraProductsResult``)"""

    key: str
    """productCode / barcode (or ItemCode)"""

    path: str
    """Where it is in the params"""

    reason: str
    """Why it was left out"""


class MapEntegraProductsResultWarnings(TypedDict):
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (``warnings`` of
    ``MapEntegraProductsResult``)"""

    item: str
    """The ERP ItemCode"""

    color: str
    """The variant's ColorCode ("" without variants)"""

    size: str
    """The variant's ItemDim1Code ("" when none)"""

    path: str
    """Where the product or variant is in the params"""

    erp: Decimal
    """The ERP stock summed over the warehouses: exact dot-decimal text, like money"""

    sent: int
    """The whole units the marketplace gets"""

    rule: str
    """rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero"""


class MapEntegraStockPricesParams(TypedDict):
    """Parameters of ``map.entegra.stock_prices``."""

    products: Sequence[MapEntegraStockPricesParamsProducts]
    """ERP products: items of erp.products.list (every page)"""

    inventory: NotRequired[Sequence[MapEntegraStockPricesParamsInventory]]
    """ERP stock records: items of erp.inventory.list (every page)"""

    options: NotRequired[MapEntegraStockPricesParamsOptions]
    """Mapping options"""


class MapEntegraStockPricesParamsProducts(TypedDict):
    """ERP products: items of erp.products.list (every page) (``products`` of
    ``MapEntegraStockPricesParams``). Open: the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[MapEntegraStockPricesParamsProductsVariants]]
    """Colour/size variants"""


class MapEntegraStockPricesParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``MapEntegraStockPricesParamsProducts``). Open: the vendor's
    other fields pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class MapEntegraStockPricesParamsInventory(TypedDict):
    """ERP stock records: items of erp.inventory.list (every page) (``inventory`` of
    ``MapEntegraStockPricesParams``). Open: the vendor's other fields pass through."""

    WarehouseCode: NotRequired[Union[str, int]]
    """Warehouse"""

    ItemCode: Union[str, int]
    """Item code"""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size"""

    InventoryQty1: Any
    """Stock (may be fractional or negative; the sum is rounded down, never below 0)"""


class MapEntegraStockPricesParamsOptions(TypedDict):
    """Mapping options (``options`` of ``MapEntegraStockPricesParams``)"""

    warehouses: NotRequired[Sequence[str]]
    """Warehouses whose stock counts (default: all)"""

    price_field: NotRequired[str]
    """The ERP product field the price is read from (default ``"SalePrice"``)"""

    erp_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the ERP price field includes VAT (default ``1``)"""

    marketplace_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or
    removed (rounded half up to 2 decimals) (default ``1``)"""

    variant_code_template: NotRequired[str]
    """Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty
    parts dropped with the text before them (default ``"{ItemCode}-{ColorCode}-{ItemDim1Code}"``)"""

    price_code: NotRequired[str]
    """The Entegra price field the price goes to (default ``"price1"``)"""

    barcode_field: NotRequired[str]
    """The ERP field with the barcode of a product without variants (default ``"Barcode"``)"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Tedbul: a fixed expiry date"""

    expiration_field: NotRequired[str]
    """Tedbul: the ERP product field with the expiry date (wins over expiration)"""


class MapEntegraStockPricesResult(TypedDict):
    """Result of ``map.entegra.stock_prices``."""

    update_quantity: list[Any]
    """entegra.products.update_quantity items {productCode, quantity}: products and their variations"""

    update_prices: list[Any]
    """entegra.products.update_prices items {productCode, prices: [{priceCode, priceValue}]}: products (ERP
    prices are per item)"""

    skipped: list[MapEntegraStockPricesResultSkipped]
    """Products and variants that could not be mapped, with the reason"""

    warnings: list[MapEntegraStockPricesResultWarnings]
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0"""


class MapEntegraStockPricesResultSkipped(TypedDict):
    """Products and variants that could not be mapped, with the reason (``skipped`` of
    ``MapEntegraStockPricesResult``)"""

    key: str
    """productCode / barcode (or ItemCode)"""

    path: str
    """Where it is in the params"""

    reason: str
    """Why it was left out"""


class MapEntegraStockPricesResultWarnings(TypedDict):
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (``warnings`` of
    ``MapEntegraStockPricesResult``)"""

    item: str
    """The ERP ItemCode"""

    color: str
    """The variant's ColorCode ("" without variants)"""

    size: str
    """The variant's ItemDim1Code ("" when none)"""

    path: str
    """Where the product or variant is in the params"""

    erp: Decimal
    """The ERP stock summed over the warehouses: exact dot-decimal text, like money"""

    sent: int
    """The whole units the marketplace gets"""

    rule: str
    """rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero"""


class MapTedbulAdsParams(TypedDict):
    """Parameters of ``map.tedbul.ads``."""

    products: Sequence[MapTedbulAdsParamsProducts]
    """ERP products: items of erp.products.list (every page)"""

    inventory: NotRequired[Sequence[MapTedbulAdsParamsInventory]]
    """ERP stock records: items of erp.inventory.list (every page)"""

    options: NotRequired[MapTedbulAdsParamsOptions]
    """Mapping options"""

    listing: NotRequired[Sequence[Mapping[str, Any]]]
    """The marketplace's current listing, when known: every item of entegra.products.list or
    tedbul.ads.list"""


class MapTedbulAdsParamsProducts(TypedDict):
    """ERP products: items of erp.products.list (every page) (``products`` of ``MapTedbulAdsParams``).
    Open: the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[MapTedbulAdsParamsProductsVariants]]
    """Colour/size variants"""


class MapTedbulAdsParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``MapTedbulAdsParamsProducts``). Open: the vendor's other
    fields pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class MapTedbulAdsParamsInventory(TypedDict):
    """ERP stock records: items of erp.inventory.list (every page) (``inventory`` of
    ``MapTedbulAdsParams``). Open: the vendor's other fields pass through."""

    WarehouseCode: NotRequired[Union[str, int]]
    """Warehouse"""

    ItemCode: Union[str, int]
    """Item code"""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size"""

    InventoryQty1: Any
    """Stock (may be fractional or negative; the sum is rounded down, never below 0)"""


class MapTedbulAdsParamsOptions(TypedDict):
    """Mapping options (``options`` of ``MapTedbulAdsParams``)"""

    warehouses: NotRequired[Sequence[str]]
    """Warehouses whose stock counts (default: all)"""

    price_field: NotRequired[str]
    """The ERP product field the price is read from (default ``"SalePrice"``)"""

    erp_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the ERP price field includes VAT (default ``1``)"""

    marketplace_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or
    removed (rounded half up to 2 decimals) (default ``1``)"""

    variant_code_template: NotRequired[str]
    """Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty
    parts dropped with the text before them (default ``"{ItemCode}-{ColorCode}-{ItemDim1Code}"``)"""

    price_code: NotRequired[str]
    """The Entegra price field the price goes to (default ``"price1"``)"""

    barcode_field: NotRequired[str]
    """The ERP field with the barcode of a product without variants (default ``"Barcode"``)"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Tedbul: a fixed expiry date"""

    expiration_field: NotRequired[str]
    """Tedbul: the ERP product field with the expiry date (wins over expiration)"""


class MapTedbulAdsResult(TypedDict):
    """Result of ``map.tedbul.ads``."""

    create: list[Any]
    """tedbul.ads.create params, one request each"""

    update: list[Any]
    """tedbul.ads.update_many items (with id) of listed ads"""

    deactivate: list[Any]
    """tedbul.ads.update_many items making listed ads passive (status 2)"""

    skipped: list[MapTedbulAdsResultSkipped]
    """Products and variants that could not be mapped, with the reason"""

    warnings: list[MapTedbulAdsResultWarnings]
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0"""


class MapTedbulAdsResultSkipped(TypedDict):
    """Products and variants that could not be mapped, with the reason (``skipped`` of
    ``MapTedbulAdsResult``)"""

    key: str
    """productCode / barcode (or ItemCode)"""

    path: str
    """Where it is in the params"""

    reason: str
    """Why it was left out"""


class MapTedbulAdsResultWarnings(TypedDict):
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (``warnings`` of
    ``MapTedbulAdsResult``)"""

    item: str
    """The ERP ItemCode"""

    color: str
    """The variant's ColorCode ("" without variants)"""

    size: str
    """The variant's ItemDim1Code ("" when none)"""

    path: str
    """Where the product or variant is in the params"""

    erp: Decimal
    """The ERP stock summed over the warehouses: exact dot-decimal text, like money"""

    sent: int
    """The whole units the marketplace gets"""

    rule: str
    """rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero"""


class MapEntegraOrdersToErpParams(TypedDict):
    """Parameters of ``map.entegra.orders_to_erp``."""

    orders: Sequence[Mapping[str, Any]]
    """Marketplace orders: items of entegra.orders.list / tedbul.orders.sold.list"""

    products: Sequence[MapEntegraOrdersToErpParamsProducts]
    """ERP products: items of erp.products.list (every page)"""

    options: MapEntegraOrdersToErpParamsOptions
    """Document header and resolution options"""


class MapEntegraOrdersToErpParamsProducts(TypedDict):
    """ERP products: items of erp.products.list (every page) (``products`` of
    ``MapEntegraOrdersToErpParams``). Open: the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[MapEntegraOrdersToErpParamsProductsVariants]]
    """Colour/size variants"""


class MapEntegraOrdersToErpParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``MapEntegraOrdersToErpParamsProducts``). Open: the vendor's
    other fields pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class MapEntegraOrdersToErpParamsOptions(TypedDict):
    """Document header and resolution options (``options`` of ``MapEntegraOrdersToErpParams``)"""

    CustomerCode: Union[str, int]
    """The ERP current account of the marketplace's sales"""

    ProcessCode: NotRequired[str]
    """ERP process (R retail, WS wholesale …) (default ``"R"``)"""

    OfficeCode: Union[str, int]
    """ERP office"""

    WarehouseCode: Union[str, int]
    """ERP warehouse"""

    DocCurrencyCode: NotRequired[str]
    """Document currency (default ``"TRY"``)"""

    variant_code_template: NotRequired[str]
    """Entegra: the template the variation productCodes were made with (default
    ``"{ItemCode}-{ColorCode}-{ItemDim1Code}"``)"""

    barcode_field: NotRequired[str]
    """Tedbul: the ERP field with the barcode of a product without variants (default ``"Barcode"``)"""

    prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Tedbul: 1 when line prices include VAT (it is removed with the line's rate) (default ``1``)"""


class MapEntegraOrdersToErpResult(TypedDict):
    """Result of ``map.entegra.orders_to_erp``."""

    documents: list[MapEntegraOrdersToErpResultDocuments]
    """ERP sales orders, one per fully resolved marketplace order"""

    sources: list[str]
    """The marketplace order id of each document, in the same order (for entegra.orders.update_erp /
    tedbul.orders.confirm)"""

    unresolved: list[MapEntegraOrdersToErpResultUnresolved]
    """Every line (or order) that could not be resolved; its order has no document"""


class MapEntegraOrdersToErpResultDocuments(TypedDict):
    """ERP sales orders, one per fully resolved marketplace order (``documents`` of
    ``MapEntegraOrdersToErpResult``)"""

    OrderNumber: str
    """The marketplace's order number"""

    OrderDate: str
    """Order date"""

    DocumentNumber: str
    """The marketplace's order number"""

    CustomerCode: str
    """From the options"""

    ProcessCode: str
    """From the options"""

    OfficeCode: str
    """From the options"""

    WarehouseCode: str
    """From the options"""

    DocCurrencyCode: str
    """From the options"""

    Description: str
    """Marketplace, order number and id"""

    TotalVI: Decimal
    """What the buyer paid for the order's lines: the sum of AmountVI"""

    Lines: list[MapEntegraOrdersToErpResultDocumentsLines]
    """Order lines"""


class MapEntegraOrdersToErpResultDocumentsLines(TypedDict):
    """Order lines (``Lines`` of ``MapEntegraOrdersToErpResultDocuments``)"""

    ItemTypeCode: Any
    """Item type, as in the catalogue"""

    ItemCode: str
    """Item code"""

    ColorCode: str
    """Colour code (null when none)"""

    ItemDim1Code: str
    """Size (null when none)"""

    Qty1: int
    """Quantity"""

    PriceVI: Decimal
    """Unit price with VAT, before discount, as the marketplace charged it"""

    DiscountVI: Decimal
    """The line's discount, with VAT"""

    AmountVI: Decimal
    """What the buyer paid for the line: PriceVI × Qty1 − DiscountVI, exactly"""

    NetAmount: Decimal
    """AmountVI without VAT, rounded half away from zero to 2 decimals"""

    VatAmount: Decimal
    """AmountVI − NetAmount, exactly"""

    VatRate: int
    """VAT rate in percent"""


class MapEntegraOrdersToErpResultUnresolved(TypedDict):
    """Every line (or order) that could not be resolved; its order has no document (``unresolved`` of
    ``MapEntegraOrdersToErpResult``)"""

    order: str
    """The marketplace's order id"""

    line: int
    """The line's index (null: the order itself)"""

    reason: str
    """Why it cannot be imported"""


class MapTedbulOrdersToErpParams(TypedDict):
    """Parameters of ``map.tedbul.orders_to_erp``."""

    orders: Sequence[Mapping[str, Any]]
    """Marketplace orders: items of entegra.orders.list / tedbul.orders.sold.list"""

    products: Sequence[MapTedbulOrdersToErpParamsProducts]
    """ERP products: items of erp.products.list (every page)"""

    options: MapTedbulOrdersToErpParamsOptions
    """Document header and resolution options"""


class MapTedbulOrdersToErpParamsProducts(TypedDict):
    """ERP products: items of erp.products.list (every page) (``products`` of
    ``MapTedbulOrdersToErpParams``). Open: the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[MapTedbulOrdersToErpParamsProductsVariants]]
    """Colour/size variants"""


class MapTedbulOrdersToErpParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``MapTedbulOrdersToErpParamsProducts``). Open: the vendor's
    other fields pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class MapTedbulOrdersToErpParamsOptions(TypedDict):
    """Document header and resolution options (``options`` of ``MapTedbulOrdersToErpParams``)"""

    CustomerCode: Union[str, int]
    """The ERP current account of the marketplace's sales"""

    ProcessCode: NotRequired[str]
    """ERP process (R retail, WS wholesale …) (default ``"R"``)"""

    OfficeCode: Union[str, int]
    """ERP office"""

    WarehouseCode: Union[str, int]
    """ERP warehouse"""

    DocCurrencyCode: NotRequired[str]
    """Document currency (default ``"TRY"``)"""

    variant_code_template: NotRequired[str]
    """Entegra: the template the variation productCodes were made with (default
    ``"{ItemCode}-{ColorCode}-{ItemDim1Code}"``)"""

    barcode_field: NotRequired[str]
    """Tedbul: the ERP field with the barcode of a product without variants (default ``"Barcode"``)"""

    prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Tedbul: 1 when line prices include VAT (it is removed with the line's rate) (default ``1``)"""


class MapTedbulOrdersToErpResult(TypedDict):
    """Result of ``map.tedbul.orders_to_erp``."""

    documents: list[MapTedbulOrdersToErpResultDocuments]
    """ERP sales orders, one per fully resolved marketplace order"""

    sources: list[str]
    """The marketplace order id of each document, in the same order (for entegra.orders.update_erp /
    tedbul.orders.confirm)"""

    unresolved: list[MapTedbulOrdersToErpResultUnresolved]
    """Every line (or order) that could not be resolved; its order has no document"""


class MapTedbulOrdersToErpResultDocuments(TypedDict):
    """ERP sales orders, one per fully resolved marketplace order (``documents`` of
    ``MapTedbulOrdersToErpResult``)"""

    OrderNumber: str
    """The marketplace's order number"""

    OrderDate: str
    """Order date"""

    DocumentNumber: str
    """The marketplace's order number"""

    CustomerCode: str
    """From the options"""

    ProcessCode: str
    """From the options"""

    OfficeCode: str
    """From the options"""

    WarehouseCode: str
    """From the options"""

    DocCurrencyCode: str
    """From the options"""

    Description: str
    """Marketplace, order number and id"""

    TotalVI: Decimal
    """What the buyer paid for the order's lines: the sum of AmountVI"""

    Lines: list[MapTedbulOrdersToErpResultDocumentsLines]
    """Order lines"""


class MapTedbulOrdersToErpResultDocumentsLines(TypedDict):
    """Order lines (``Lines`` of ``MapTedbulOrdersToErpResultDocuments``)"""

    ItemTypeCode: Any
    """Item type, as in the catalogue"""

    ItemCode: str
    """Item code"""

    ColorCode: str
    """Colour code (null when none)"""

    ItemDim1Code: str
    """Size (null when none)"""

    Qty1: int
    """Quantity"""

    PriceVI: Decimal
    """Unit price with VAT, before discount, as the marketplace charged it"""

    DiscountVI: Decimal
    """The line's discount, with VAT"""

    AmountVI: Decimal
    """What the buyer paid for the line: PriceVI × Qty1 − DiscountVI, exactly"""

    NetAmount: Decimal
    """AmountVI without VAT, rounded half away from zero to 2 decimals"""

    VatAmount: Decimal
    """AmountVI − NetAmount, exactly"""

    VatRate: int
    """VAT rate in percent"""


class MapTedbulOrdersToErpResultUnresolved(TypedDict):
    """Every line (or order) that could not be resolved; its order has no document (``unresolved`` of
    ``MapTedbulOrdersToErpResult``)"""

    order: str
    """The marketplace's order id"""

    line: int
    """The line's index (null: the order itself)"""

    reason: str
    """Why it cannot be imported"""


class SyncPlanParams(TypedDict):
    """Parameters of ``sync.plan``."""

    state: NotRequired[Any]
    """The state of the previous sync (absent or null: the first)"""

    marketplace: NotRequired[str]
    """"entegra" or "tedbul"; required without a state"""

    products: Sequence[SyncPlanParamsProducts]
    """ERP products: items of erp.products.list (every page)"""

    inventory: NotRequired[Sequence[SyncPlanParamsInventory]]
    """ERP stock records: items of erp.inventory.list (every page)"""

    options: NotRequired[SyncPlanParamsOptions]
    """Mapping options, batch size, quota"""

    listing: NotRequired[Sequence[Mapping[str, Any]]]
    """The marketplace's current listing, when known: every item of entegra.products.list or
    tedbul.ads.list"""


class SyncPlanParamsProducts(TypedDict):
    """ERP products: items of erp.products.list (every page) (``products`` of ``SyncPlanParams``). Open:
    the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[SyncPlanParamsProductsVariants]]
    """Colour/size variants"""


class SyncPlanParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``SyncPlanParamsProducts``). Open: the vendor's other fields
    pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class SyncPlanParamsInventory(TypedDict):
    """ERP stock records: items of erp.inventory.list (every page) (``inventory`` of ``SyncPlanParams``).
    Open: the vendor's other fields pass through."""

    WarehouseCode: NotRequired[Union[str, int]]
    """Warehouse"""

    ItemCode: Union[str, int]
    """Item code"""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size"""

    InventoryQty1: Any
    """Stock (may be fractional or negative; the sum is rounded down, never below 0)"""


class SyncPlanParamsOptions(TypedDict):
    """Mapping options, batch size, quota (``options`` of ``SyncPlanParams``)"""

    warehouses: NotRequired[Sequence[str]]
    """Warehouses whose stock counts (default: all)"""

    price_field: NotRequired[str]
    """The ERP product field the price is read from (default ``"SalePrice"``)"""

    erp_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the ERP price field includes VAT (default ``1``)"""

    marketplace_prices_include_vat: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1 when the marketplace gets VAT-inclusive prices; when the two flags differ, TaxRate is added or
    removed (rounded half up to 2 decimals) (default ``1``)"""

    variant_code_template: NotRequired[str]
    """Entegra variation productCode; placeholders {ItemCode} {ColorCode} {ItemDim1Code} {Barcode}, empty
    parts dropped with the text before them (default ``"{ItemCode}-{ColorCode}-{ItemDim1Code}"``)"""

    price_code: NotRequired[str]
    """The Entegra price field the price goes to (default ``"price1"``)"""

    barcode_field: NotRequired[str]
    """The ERP field with the barcode of a product without variants (default ``"Barcode"``)"""

    expiration: NotRequired[Union[str, datetime.date]]
    """Tedbul: a fixed expiry date"""

    expiration_field: NotRequired[str]
    """Tedbul: the ERP product field with the expiry date (wins over expiration)"""

    batch_size: NotRequired[int]
    """Items per bulk request (default and limit: Entegra 50, Tedbul 100)"""

    quota_remaining: NotRequired[int]
    """Requests the quota still allows; the rest are deferred"""

    guard: NotRequired[SyncPlanParamsOptionsGuard]
    """Sync runs: the guard against mass changes (passive/zero stock, big price moves); {"enabled": 0}
    turns it off"""

    accept_plan: NotRequired[str]
    """Sync runs: the plan_id of a guarded plan a person accepted; only that plan goes ahead"""


class SyncPlanParamsOptionsGuard(TypedDict):
    """Sync runs: the guard against mass changes (passive/zero stock, big price moves); {"enabled": 0}
    turns it off (``guard`` of ``SyncPlanParamsOptions``)"""

    enabled: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """0 turns the guard off: every plan is sent, however much it changes (default ``1``)"""

    max_passive_percent: NotRequired[int]
    """Stop when more than this share (percent) of the listed items would become passive or out of stock
    (default ``20``)"""

    min_passive_items: NotRequired[int]
    """The passive/out-of-stock limit trips only from this many items on (a small shop is not stuck)
    (default ``5``)"""

    max_price_change_percent: NotRequired[int]
    """A price moved by more than this percentage (up or down) counts as a big move (default ``25``)"""

    max_price_changes: NotRequired[int]
    """Stop when more than this many items would get a big price move (default ``10``)"""


class SyncPlanResult(TypedDict):
    """Result of ``sync.plan``."""

    requests: list[SyncPlanResultRequests]
    """The requests to send, in order; pass each with its outcome to sync.apply"""

    deferred: int
    """Requests left for a later run by the quota"""

    in_doubt: list[str]
    """Keys whose creation may have happened: pass the listing to settle them"""

    listing_needed: Any
    """true when in_doubt is not empty"""

    skipped: list[SyncPlanResultSkipped]
    """Products and variants that could not be mapped, with the reason"""

    warnings: list[SyncPlanResultWarnings]
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0"""

    state: Any
    """The state to persist before sending (creations marked pending)"""


class SyncPlanResultRequests(TypedDict):
    """The requests to send, in order; pass each with its outcome to sync.apply (``requests`` of
    ``SyncPlanResult``)"""

    op: str
    """The operation to call"""

    params: NotRequired[Any]
    """Its params"""

    keys: list[str]
    """The item keys it carries"""

    set: Any
    """What each key's item becomes once acknowledged"""


class SyncPlanResultSkipped(TypedDict):
    """Products and variants that could not be mapped, with the reason (``skipped`` of ``SyncPlanResult``)"""

    key: str
    """productCode / barcode (or ItemCode)"""

    path: str
    """Where it is in the params"""

    reason: str
    """Why it was left out"""


class SyncPlanResultWarnings(TypedDict):
    """Stock sent other than the ERP has it: fractions rounded down, negatives sent as 0 (``warnings`` of
    ``SyncPlanResult``)"""

    item: str
    """The ERP ItemCode"""

    color: str
    """The variant's ColorCode ("" without variants)"""

    size: str
    """The variant's ItemDim1Code ("" when none)"""

    path: str
    """Where the product or variant is in the params"""

    erp: Decimal
    """The ERP stock summed over the warehouses: exact dot-decimal text, like money"""

    sent: int
    """The whole units the marketplace gets"""

    rule: str
    """rounded_down (a fraction: never offer stock the ERP lacks) or negative_as_zero"""


class SyncApplyParams(TypedDict):
    """Parameters of ``sync.apply``."""

    state: Any
    """The current sync state"""

    request: SyncApplyParamsRequest
    """One request of sync.plan, as planned"""

    result: NotRequired[Any]
    """The operation's result"""

    error: NotRequired[Any]
    """Or the error it ended with (its JSON: kind, message …)"""


class SyncApplyParamsRequest(TypedDict):
    """One request of sync.plan, as planned (``request`` of ``SyncApplyParams``)"""

    op: str
    """The operation to call"""

    params: NotRequired[Any]
    """Its params"""

    keys: Sequence[str]
    """The item keys it carries"""

    set: Any
    """What each key's item becomes once acknowledged"""


class SyncApplyResult(TypedDict):
    """Result of ``sync.apply``."""

    state: Any
    """The new state, to persist"""

    confirmed: list[str]
    """Keys the marketplace acknowledged"""

    unconfirmed: list[str]
    """Keys it did not; the next plan sends them again"""


class SandboxErpUpdateParams(TypedDict):
    """Parameters of ``sandbox.erp.update``."""

    products: NotRequired[Sequence[SandboxErpUpdateParamsProducts]]
    """Products to add or change, by ItemCode: the given fields replace the stored ones, a new ItemCode is
    added"""

    inventory: NotRequired[Sequence[SandboxErpUpdateParamsInventory]]
    """Stock rows to add or change, by WarehouseCode, ItemCode, ColorCode and ItemDim1Code"""

    remove_products: NotRequired[Sequence[Union[str, int]]]
    """ItemCodes of products to delete, with their stock rows"""

    replace: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """1: the products and stock rows become exactly the given lists (applied first)"""


class SandboxErpUpdateParamsProducts(TypedDict):
    """Products to add or change, by ItemCode: the given fields replace the stored ones, a new ItemCode is
    added (``products`` of ``SandboxErpUpdateParams``). Open: the vendor's other fields pass through."""

    ItemCode: Union[str, int]
    """Item code (Entegra productCode)"""

    ItemDescription: NotRequired[str]
    """Item name (productName)"""

    ItemTypeCode: NotRequired[Any]
    """Item type (1 Ürün …)"""

    SalePrice: NotRequired[Union[Decimal, int, float, str]]
    """Sale price"""

    PurchasePrice: NotRequired[Union[Decimal, int, float, str]]
    """Purchase price"""

    TaxRate: NotRequired[int]
    """VAT rate in percent"""

    IsBlocked: NotRequired[Union[Literal[0, 1], IntEnum, bool]]
    """Blocked items are passive on the marketplace"""

    Variants: NotRequired[Sequence[SandboxErpUpdateParamsProductsVariants]]
    """Colour/size variants"""


class SandboxErpUpdateParamsProductsVariants(TypedDict):
    """Colour/size variants (``Variants`` of ``SandboxErpUpdateParamsProducts``). Open: the vendor's other
    fields pass through."""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code"""

    ColorDescription: NotRequired[str]
    """Colour name (the Renk spec)"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size (the Beden spec)"""

    Barcode: NotRequired[Union[str, int]]
    """Variant barcode"""


class SandboxErpUpdateParamsInventory(TypedDict):
    """Stock rows to add or change, by WarehouseCode, ItemCode, ColorCode and ItemDim1Code (``inventory``
    of ``SandboxErpUpdateParams``)"""

    WarehouseCode: Union[str, int]
    """Warehouse"""

    ItemCode: Union[str, int]
    """The product's code (a product the ERP has, or one given in ``products``)"""

    ColorCode: NotRequired[Union[str, int]]
    """Colour code; left out without variants"""

    ItemDim1Code: NotRequired[Union[str, int]]
    """Size; left out without sizes"""

    InventoryQty1: Union[Decimal, int, float, str]
    """Quantity in stock (absolute; a decimal, may be negative)"""

    OfficeCode: NotRequired[Union[str, int]]
    """Office (default: kept, or the warehouse's)"""

    StoreCode: NotRequired[Union[str, int]]
    """Store (default: kept, or the warehouse's)"""

    ItemTypeCode: NotRequired[int]
    """Item type (default: kept, or the product's)"""


class SandboxErpUpdateResult(TypedDict):
    """Result of ``sandbox.erp.update``."""

    products: int
    """Products after the change"""

    inventory: int
    """Stock rows after the change"""


class SandboxTedbulPlaceOrderParams(TypedDict):
    """Parameters of ``sandbox.tedbul.place_order``."""

    products: Sequence[SandboxTedbulPlaceOrderParamsProducts]
    """The lines, each barcode once: every line is priced at its ad's price and takes its quantity off the
    ad's stock"""

    orderDate: NotRequired[str]
    """Order date and time in Turkey, YYYY-MM-DD HH:MM:SS (default: the emulator's now)"""

    buyerFullName: NotRequired[str]
    """Buyer's full name (default: the seed's regular buyer's, as are the other buyer fields)"""

    buyerInvoiceCompanyName: NotRequired[str]
    """Buyer's invoice title (default: the seed's regular buyer's)"""

    orderNote: NotRequired[str]
    """The buyer's note (default: none)"""


class SandboxTedbulPlaceOrderParamsProducts(TypedDict):
    """The lines, each barcode once: every line is priced at its ad's price and takes its quantity off the
    ad's stock (``products`` of ``SandboxTedbulPlaceOrderParams``)"""

    barcode: Union[str, int]
    """A barcode of one of the account's active ads (one of the ad's ``barcodes``)"""

    qty: int
    """Quantity ordered, at most the ad's stock"""


class SandboxTedbulPlaceOrderResult(TypedDict):
    """Result of ``sandbox.tedbul.place_order``. Open: the vendor's other fields pass through."""

    orderId: str
    """Order id"""

    orderCode: NotRequired[Optional[str]]
    """Order number"""

    orderDate: NotRequired[Optional[str]]
    """Order date and time, YYYY-MM-DD HH:MM:SS"""

    orderStatus: NotRequired[Optional[int]]
    """Status code (codes: order_status)"""

    orderStatusText: NotRequired[Optional[str]]
    """Status label (Turkish)"""

    orderNote: NotRequired[Optional[str]]
    """The buyer's note"""

    cancelNote: NotRequired[Optional[str]]
    """Cancellation reason"""

    orderPrice: NotRequired[Optional[Decimal]]
    """Order amount"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""

    orderCargoDesi: NotRequired[Optional[Union[Decimal, int]]]
    """Parcel volume in desi"""

    orderCargoCompanyId: NotRequired[Optional[str]]
    """Cargo company id"""

    orderCargoCompanyText: NotRequired[Optional[str]]
    """Cargo company name"""

    buyerId: NotRequired[Optional[str]]
    """Buyer's member id"""

    buyerUsername: NotRequired[Optional[str]]
    """Buyer's username"""

    sellerId: NotRequired[Optional[str]]
    """Seller's member id"""

    sellerUsername: NotRequired[Optional[str]]
    """Seller's username"""

    shippingCargoCode: NotRequired[Optional[str]]
    """Cargo shipment code"""

    sendFollowCargoCode: NotRequired[Optional[str]]
    """Cargo tracking code"""

    refundFollowCargoCode: NotRequired[Optional[str]]
    """Return cargo tracking code"""

    cargoRequestDate: NotRequired[Optional[str]]
    """When the shipment was created, YYYY-MM-DD HH:MM:SS"""

    cargoDeliveryDate: NotRequired[Optional[str]]
    """When it was delivered, YYYY-MM-DD HH:MM:SS"""

    buyerFullName: NotRequired[Optional[str]]
    """Buyer's full name (sold orders)"""

    buyerInvoiceCompanyName: NotRequired[Optional[str]]
    """Buyer's invoice title"""

    buyerInvoicePhone: NotRequired[Optional[str]]
    """Buyer's phone number"""

    buyerInvoiceEmail: NotRequired[Optional[str]]
    """Buyer's email"""

    buyerInvoiceTaxOrTcNo: NotRequired[Optional[str]]
    """Buyer's tax number or T.C. identity number"""

    buyerInvoiceTaxOffice: NotRequired[Optional[str]]
    """Buyer's tax office"""

    buyerInvoiceAddress: NotRequired[Optional[str]]
    """Invoice address"""

    buyerInvoiceCity: NotRequired[Optional[str]]
    """Invoice province (il)"""

    buyerInvoiceTown: NotRequired[Optional[str]]
    """Invoice district (ilçe)"""

    buyerDeliveryAddress: NotRequired[Optional[str]]
    """Delivery address"""

    buyerDeliveryCity: NotRequired[Optional[str]]
    """Delivery province (il; the seed swaps the two labels)"""

    buyerDeliveryTown: NotRequired[Optional[str]]
    """Delivery district (ilçe)"""

    orderProducts: NotRequired[Optional[list[SandboxTedbulPlaceOrderResultOrderProducts]]]
    """The order lines"""


class SandboxTedbulPlaceOrderResultOrderProducts(TypedDict):
    """The order lines (``orderProducts`` of ``SandboxTedbulPlaceOrderResult``). Open: the vendor's other
    fields pass through."""

    penId: NotRequired[Optional[str]]
    """Order line id: what tedbul.orders.confirm names"""

    orderProductId: NotRequired[Optional[str]]
    """The line's product id ("integer Ürün ID"), the id sold lines carry in the seed"""

    orderProductName: NotRequired[Optional[str]]
    """Product name"""

    orderProductBarcode: NotRequired[Optional[str]]
    """Product barcode"""

    orderProductVAT: NotRequired[Optional[int]]
    """VAT rate in percent"""

    orderProductExpiration: NotRequired[Optional[str]]
    """Expiry date (miad) of the goods"""

    orderQty: NotRequired[Optional[int]]
    """Quantity ordered"""

    orderApprovedQty: NotRequired[Optional[int]]
    """Quantity the seller approved"""

    orderTotalPrice: NotRequired[Optional[Decimal]]
    """Line total as ordered"""

    orderProductPrice: NotRequired[Optional[Decimal]]
    """Unit price"""

    orderApprovedPrice: NotRequired[Optional[Decimal]]
    """Line total as approved"""

    orderRefundPrice: NotRequired[Optional[Decimal]]
    """Refunded amount"""


class EntegraProductsListPage(TypedDict):
    """One page of ``entegra.products.list``."""

    items: list[EntegraProductsListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class EntegraOrdersListPage(TypedDict):
    """One page of ``entegra.orders.list``."""

    items: list[EntegraOrdersListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class EntegraCategoriesListPage(TypedDict):
    """One page of ``entegra.categories.list``."""

    items: list[EntegraCategoriesListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class EntegraBrandsListPage(TypedDict):
    """One page of ``entegra.brands.list``."""

    items: list[EntegraBrandsListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpProductsListPage(TypedDict):
    """One page of ``erp.products.list``."""

    items: list[ErpProductsListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpSuppliersListPage(TypedDict):
    """One page of ``erp.suppliers.list``."""

    items: list[ErpSuppliersListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpCustomersWholesaleListPage(TypedDict):
    """One page of ``erp.customers.wholesale.list``."""

    items: list[ErpCustomersWholesaleListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpCustomersRetailListPage(TypedDict):
    """One page of ``erp.customers.retail.list``."""

    items: list[ErpCustomersRetailListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpPurchaseOrdersListPage(TypedDict):
    """One page of ``erp.purchase_orders.list``."""

    items: list[ErpPurchaseOrdersListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpPurchaseInvoicesListPage(TypedDict):
    """One page of ``erp.purchase_invoices.list``."""

    items: list[ErpPurchaseInvoicesListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpWarehousesListPage(TypedDict):
    """One page of ``erp.warehouses.list``."""

    items: list[ErpWarehousesListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpInventoryListPage(TypedDict):
    """One page of ``erp.inventory.list``."""

    items: list[ErpInventoryListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpSalesOrdersListPage(TypedDict):
    """One page of ``erp.sales_orders.list``."""

    items: list[ErpSalesOrdersListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class ErpSalesInvoicesListPage(TypedDict):
    """One page of ``erp.sales_invoices.list``."""

    items: list[ErpSalesInvoicesListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class TedbulOrdersSoldListPage(TypedDict):
    """One page of ``tedbul.orders.sold.list``."""

    items: list[TedbulOrdersSoldListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class TedbulOrdersPurchasedListPage(TypedDict):
    """One page of ``tedbul.orders.purchased.list``."""

    items: list[TedbulOrdersPurchasedListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


class TedbulAdsListPage(TypedDict):
    """One page of ``tedbul.ads.list``."""

    items: list[TedbulAdsListItem]
    """The page's items"""

    total: Optional[int]
    """How many items the whole list has, when the service says"""

    page: int
    """This page's number"""

    next_page: Optional[int]
    """The next page's number; ``None`` after the last page"""


OperationName = Union[
    Literal["entegra.codes.list"],
    Literal["entegra.auth.obtain"],
    Literal["entegra.auth.refresh"],
    Literal["entegra.products.list"],
    Literal["entegra.products.create"],
    Literal["entegra.products.update"],
    Literal["entegra.products.add_pictures"],
    Literal["entegra.products.update_quantity"],
    Literal["entegra.products.update_prices"],
    Literal["entegra.variations.create"],
    Literal["entegra.variations.update"],
    Literal["entegra.orders.create"],
    Literal["entegra.orders.list"],
    Literal["entegra.orders.update"],
    Literal["entegra.orders.update_erp"],
    Literal["entegra.categories.list"],
    Literal["entegra.brands.list"],
    Literal["erp.codes.list"],
    Literal["erp.products.list"],
    Literal["erp.products.get"],
    Literal["erp.suppliers.list"],
    Literal["erp.customers.wholesale.list"],
    Literal["erp.customers.retail.list"],
    Literal["erp.customers.get"],
    Literal["erp.purchase_orders.list"],
    Literal["erp.purchase_invoices.list"],
    Literal["erp.warehouses.list"],
    Literal["erp.inventory.list"],
    Literal["erp.inventory.get"],
    Literal["erp.sales_orders.list"],
    Literal["erp.sales_invoices.list"],
    Literal["tedbul.codes.list"],
    Literal["tedbul.auth.login"],
    Literal["tedbul.orders.sold.list"],
    Literal["tedbul.orders.sold.get"],
    Literal["tedbul.orders.confirm"],
    Literal["tedbul.orders.purchased.list"],
    Literal["tedbul.orders.purchased.get"],
    Literal["tedbul.ads.create"],
    Literal["tedbul.ads.update"],
    Literal["tedbul.ads.update_many"],
    Literal["tedbul.ads.delete"],
    Literal["tedbul.ads.list"],
    Literal["tedbul.ads.get"],
    Literal["tedbul.products.search"],
    Literal["tedbul.user.integration_data"],
    Literal["map.entegra.products"],
    Literal["map.entegra.stock_prices"],
    Literal["map.tedbul.ads"],
    Literal["map.entegra.orders_to_erp"],
    Literal["map.tedbul.orders_to_erp"],
    Literal["sync.plan"],
    Literal["sync.apply"],
    Literal["sandbox.erp.update"],
    Literal["sandbox.tedbul.place_order"],
]
"""Every operation's name."""

PaginatedOperationName = Union[
    Literal["entegra.products.list"],
    Literal["entegra.orders.list"],
    Literal["entegra.categories.list"],
    Literal["entegra.brands.list"],
    Literal["erp.products.list"],
    Literal["erp.suppliers.list"],
    Literal["erp.customers.wholesale.list"],
    Literal["erp.customers.retail.list"],
    Literal["erp.purchase_orders.list"],
    Literal["erp.purchase_invoices.list"],
    Literal["erp.warehouses.list"],
    Literal["erp.inventory.list"],
    Literal["erp.sales_orders.list"],
    Literal["erp.sales_invoices.list"],
    Literal["tedbul.orders.sold.list"],
    Literal["tedbul.orders.purchased.list"],
    Literal["tedbul.ads.list"],
]
"""The names of the operations whose result is a page (for ````Client.pages````)."""
