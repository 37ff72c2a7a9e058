//! The fields of the ERP's records, as the results carry them (for docs and stubs).

use crate::schema::{DateWire, Field, MoneyWire, Schema, Type};

const MONEY: Type = Type::Money(MoneyWire::Dot);
const TEXT: Type = Type::TEXT;
const INT: Type = Type::INT;

/// A colour/size variant of a product.
static VARIANT: Schema = Schema {
    fields: &[
        Field::optional("ColorCode", TEXT, "Colour code"),
        Field::optional("ColorDescription", TEXT, "Colour name (Renk)"),
        Field::optional("ItemDim1Code", TEXT, "Size (Beden); null without sizes"),
        Field::optional("Barcode", TEXT, "The variant's barcode"),
    ],
    open: true,
    rules: &[],
};

/// An item master (`erp.products.list`, `erp.products.get`).
pub static PRODUCT: Schema = Schema {
    fields: &[
        Field::optional("ItemTypeCode", INT, "Item type (the `item_type` table)"),
        Field::optional(
            "ItemDimTypeCode",
            INT,
            "Variant dimensions (the `item_dim_type` table)",
        ),
        Field::optional("ItemCode", TEXT, "The product's code"),
        Field::optional("ItemDescription", TEXT, "The product's name"),
        Field::optional(
            "ProductAtt01",
            TEXT,
            "Product attribute 01 (installation-defined; the seed: material)",
        ),
        Field::optional(
            "ProductAtt02",
            TEXT,
            "Product attribute 02 (installation-defined; the seed: collar or shape)",
        ),
        Field::optional(
            "ProductAtt03",
            TEXT,
            "Product attribute 03 (installation-defined; the seed: sleeve or width)",
        ),
        Field::optional(
            "ProductAtt04",
            TEXT,
            "Product attribute 04 (installation-defined; the seed: gender)",
        ),
        Field::optional(
            "ProductAtt05",
            TEXT,
            "Product attribute 05 (installation-defined; the seed: style)",
        ),
        Field::optional(
            "ProductAtt06",
            TEXT,
            "Product attribute 06 (installation-defined; the seed: origin)",
        ),
        Field::optional(
            "ProductAtt07",
            TEXT,
            "Product attribute 07 (installation-defined; the seed: season)",
        ),
        Field::optional(
            "ProductAtt08",
            TEXT,
            "Product attribute 08 (installation-defined)",
        ),
        Field::optional(
            "ProductAtt09",
            TEXT,
            "Product attribute 09 (installation-defined; the seed: line)",
        ),
        Field::optional(
            "ProductAtt10",
            TEXT,
            "Product attribute 10 (installation-defined; the seed: year)",
        ),
        Field::optional("PurchasePrice", MONEY, "Purchase price"),
        Field::optional("SalePrice", MONEY, "Sale price"),
        Field::optional("TaxRate", INT, "VAT rate in percent"),
        Field::optional(
            "IsBlocked",
            Type::Any,
            "True when the item is blocked (boolean)",
        ),
        Field::optional(
            "CreatedDate",
            Type::Date(DateWire::Iso),
            "Created at (ISO date and time)",
        ),
        Field::optional(
            "UpdatedDate",
            Type::Date(DateWire::Iso),
            "Last changed at (ISO date and time)",
        ),
        Field::optional(
            "Variants",
            Type::List {
                item: &Type::Object(&VARIANT),
                min: 0,
                max: None,
            },
            "Colour/size variants; empty without variants",
        ),
    ],
    open: true,
    rules: &[],
};

/// A way to reach a current account.
static COMMUNICATION: Schema = Schema {
    fields: &[
        Field::optional(
            "CommunicationTypeCode",
            INT,
            "Kind of address (the `communication_type` table)",
        ),
        Field::optional("CommAddress", TEXT, "The e-mail address or phone number"),
    ],
    open: true,
    rules: &[],
};

/// A supplier or customer (current account).
pub static CURRENT_ACCOUNT: Schema = Schema {
    fields: &[
        Field::optional(
            "CurrAccTypeCode",
            INT,
            "Supplier, wholesale or retail customer (the `curr_acc_type` table)",
        ),
        Field::optional("CurrAccCode", TEXT, "The current account's code"),
        Field::optional("CurrAccDescription", TEXT, "Name or title"),
        Field::optional("OfficeCode", TEXT, "Office"),
        Field::optional(
            "IsIndividualAcc",
            Type::Any,
            "True for a person, false for a company (boolean)",
        ),
        Field::optional("IdentityNum", TEXT, "TC identity number (persons)"),
        Field::optional("TaxNumber", TEXT, "Tax number (companies)"),
        Field::optional(
            "Communications",
            Type::List {
                item: &Type::Object(&COMMUNICATION),
                min: 0,
                max: None,
            },
            "E-mail addresses and phone numbers",
        ),
    ],
    open: true,
    rules: &[],
};

/// One line of an order or invoice.
static LINE: Schema = Schema {
    fields: &[
        Field::optional("ItemTypeCode", INT, "Item type (the `item_type` table)"),
        Field::optional("ItemCode", TEXT, "The product's code"),
        Field::optional("ColorCode", TEXT, "Colour code; null without variants"),
        Field::optional("ItemDim1Code", TEXT, "Size; null without sizes"),
        Field::optional(
            "Qty1",
            Type::Decimal,
            "Quantity (a decimal: metres, kilograms)",
        ),
        Field::optional("NetAmount", MONEY, "Line amount without VAT"),
    ],
    open: true,
    rules: &[],
};

/// The fields every order and invoice has after its number, date and party.
macro_rules! document {
    ($number:literal, $date:literal, $party:literal, $party_doc:literal, $tax_doc:literal) => {
        Schema {
            fields: &[
                Field::optional($number, TEXT, "The ERP's document number"),
                Field::optional(
                    $date,
                    Type::Date(DateWire::Iso),
                    "Document date (YYYY-MM-DD)",
                ),
                Field::optional("DocumentNumber", TEXT, "The document's own number"),
                Field::optional($party, TEXT, $party_doc),
                Field::optional("ProcessCode", TEXT, "Process (the `process_code` table)"),
                Field::optional("Description", TEXT, "Description"),
                Field::optional("InternalDescription", TEXT, "Internal note"),
                Field::optional("TaxTypeCode", INT, $tax_doc),
                Field::optional("OfficeCode", TEXT, "Office"),
                Field::optional("WarehouseCode", TEXT, "Warehouse"),
                Field::optional("DocCurrencyCode", TEXT, "Currency (TRY, USD, EUR …)"),
                Field::optional(
                    "Lines",
                    Type::List {
                        item: &Type::Object(&LINE),
                        min: 0,
                        max: None,
                    },
                    "The document's lines",
                ),
            ],
            open: true,
            rules: &[],
        }
    };
}

/// A purchase order.
pub static PURCHASE_ORDER: Schema = document!(
    "OrderNumber",
    "OrderDate",
    "SupplierCode",
    "The supplier's CurrAccCode",
    "Tax type (the `purchase_order_tax_type` table)"
);

/// A purchase invoice.
pub static PURCHASE_INVOICE: Schema = document!(
    "InvoiceNumber",
    "InvoiceDate",
    "SupplierCode",
    "The supplier's CurrAccCode",
    "Tax type (the `invoice_tax_type` table)"
);

/// A sales order.
pub static SALES_ORDER: Schema = document!(
    "OrderNumber",
    "OrderDate",
    "CustomerCode",
    "The customer's CurrAccCode",
    "Tax type (the `invoice_tax_type` table)"
);

/// A sales invoice.
pub static SALES_INVOICE: Schema = document!(
    "InvoiceNumber",
    "InvoiceDate",
    "CustomerCode",
    "The customer's CurrAccCode",
    "Tax type (the `invoice_tax_type` table)"
);

/// A warehouse with its office and store.
pub static WAREHOUSE: Schema = Schema {
    fields: &[
        Field::optional("OfficeCode", TEXT, "Office"),
        Field::optional("OfficeDescription", TEXT, "Office name"),
        Field::optional(
            "StoreCode",
            TEXT,
            "Store; null for a warehouse without a store",
        ),
        Field::optional("StoreDescription", TEXT, "Store name"),
        Field::optional("WarehouseCode", TEXT, "Warehouse"),
        Field::optional("WarehouseDescription", TEXT, "Warehouse name"),
    ],
    open: true,
    rules: &[],
};

/// The stock of one variant in one warehouse.
pub static STOCK: Schema = Schema {
    fields: &[
        Field::optional("OfficeCode", TEXT, "Office"),
        Field::optional(
            "StoreCode",
            TEXT,
            "Store; null for a warehouse without a store",
        ),
        Field::optional("WarehouseCode", TEXT, "Warehouse"),
        Field::optional("ItemTypeCode", INT, "Item type (the `item_type` table)"),
        Field::optional("ItemCode", TEXT, "The product's code"),
        Field::optional("ColorCode", TEXT, "Colour code; null without variants"),
        Field::optional("ItemDim1Code", TEXT, "Size; null without sizes"),
        Field::optional(
            "InventoryQty1",
            Type::Decimal,
            "Quantity in stock (a decimal)",
        ),
    ],
    open: true,
    rules: &[],
};

/// `erp.inventory.get`: every stock record of one item.
pub static ITEM_STOCK: Schema = Schema {
    fields: &[Field::required(
        "items",
        Type::List {
            item: &Type::Object(&STOCK),
            min: 0,
            max: None,
        },
        "The item's stock per warehouse, colour and size",
    )],
    open: true,
    rules: &[],
};
