//! The ERP ↔ marketplace bridge as local operations: `map.*` (pure mappings)
//! and `sync.*` (the sync planner). They send nothing and run on a session of
//! any service; the work is done in [`crate::bridge`].

use super::{Method, Operation, Role};
use crate::bridge::{apply, map, orders, plan, schemas};
use crate::service::Service;

/// Examples that run as they are (the docs show them; every binding runs them).
mod examples {
    /// The `entegra_products` example.
    pub const ENTEGRA_PRODUCTS: &str = r#"{"products": [{"ItemCode": "SHIRT-001", "ItemDescription": "Polo Yaka Erkek Tişört", "ItemTypeCode": 1, "SalePrice": "89.90", "TaxRate": 20, "IsBlocked": false, "Variants": [{"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "8690123456789"}, {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "L", "Barcode": "8690123456796"}]}], "inventory": [{"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 45}, {"WarehouseCode": "WH-ANK-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 18}, {"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": 2}], "options": {"warehouses": ["WH-IST-M01-MAIN", "WH-ANK-M01-MAIN"]}}"#;
    /// The `tedbul_ads` example.
    pub const TEDBUL_ADS: &str = r#"{"products": [{"ItemCode": "SHIRT-001", "ItemDescription": "Polo Yaka Erkek Tişört", "ItemTypeCode": 1, "SalePrice": "89.90", "TaxRate": 20, "IsBlocked": false, "Variants": [{"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "8690123456789"}, {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "L", "Barcode": "8690123456796"}]}], "inventory": [{"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 45}, {"WarehouseCode": "WH-ANK-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 18}, {"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": 2}], "options": {"expiration": "2027-01-31"}, "listing": [{"adsId": 1111111111, "barcodes": ["8690123456796"], "stock": 17, "price": "17,45", "status": 1}]}"#;
    /// The `entegra_orders` example.
    pub const ENTEGRA_ORDERS: &str = r#"{"orders": [{"id": "26", "no": "E26", "order_number": "TY-1233", "datetime": "2020-09-21 10:30:00", "order_product": [{"model": "SHIRT-001-RED-M", "store_stock_code": "SHIRT-001-RED-M", "barcode": "8690123456789", "quantity": "3", "price": "74.92", "tax": "14.98", "first_price": "80.00", "total": "224.76"}]}], "products": [{"ItemCode": "SHIRT-001", "ItemDescription": "Polo Yaka Erkek Tişört", "ItemTypeCode": 1, "SalePrice": "89.90", "TaxRate": 20, "IsBlocked": false, "Variants": [{"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "8690123456789"}, {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "L", "Barcode": "8690123456796"}]}], "options": {"CustomerCode": "120.01.001", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN"}}"#;
    /// The `tedbul_orders` example.
    pub const TEDBUL_ORDERS: &str = r#"{"orders": [{"orderId": 91, "orderCode": "TB-91", "orderDate": "2024-03-01 10:00:00", "orderProducts": [{"orderProductBarcode": "8690123456789", "orderQty": 2, "orderProductPrice": "89,90", "orderTotalPrice": "179,80", "orderProductVAT": 20}]}], "products": [{"ItemCode": "SHIRT-001", "ItemDescription": "Polo Yaka Erkek Tişört", "ItemTypeCode": 1, "SalePrice": "89.90", "TaxRate": 20, "IsBlocked": false, "Variants": [{"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "8690123456789"}, {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "L", "Barcode": "8690123456796"}]}], "options": {"CustomerCode": "120.01.002", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN", "ProcessCode": "WS"}}"#;
    /// The `sync_plan` example.
    pub const SYNC_PLAN: &str = r#"{"marketplace": "entegra", "state": null, "products": [{"ItemCode": "SHIRT-001", "ItemDescription": "Polo Yaka Erkek Tişört", "ItemTypeCode": 1, "SalePrice": "89.90", "TaxRate": 20, "IsBlocked": false, "Variants": [{"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "8690123456789"}, {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "L", "Barcode": "8690123456796"}]}], "inventory": [{"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 45}, {"WarehouseCode": "WH-ANK-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 18}, {"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": 2}], "options": {"batch_size": 50, "quota_remaining": 100}}"#;
    /// The `sync_apply` example.
    pub const SYNC_APPLY: &str = r#"{"state": {"version": 1, "marketplace": "entegra", "items": {}, "pending": {"SHIRT-001": {"op": "entegra.products.create"}, "SHIRT-001-RED-M": {"op": "entegra.products.create"}}}, "request": {"op": "entegra.products.create", "params": {"list": []}, "keys": ["SHIRT-001", "SHIRT-001-RED-M"], "set": {"SHIRT-001": {"quantity": 63, "price": "89.90", "status": 1}, "SHIRT-001-RED-M": {"quantity": 63, "parent": "SHIRT-001"}}}, "result": {"created": [{"productCode": "SHIRT-001", "id": "2001"}], "errors": []}}"#;
}

/// `map.entegra.products`: ERP products + stock → `entegra.products.create` items.
pub const MAP_ENTEGRA_PRODUCTS: Operation = Operation {
    name: "map.entegra.products",
    service: Service::Entegra,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Map ERP products and stock to Entegra products with variations (Renk/Beden specs, summed stock, configured price and VAT, blocked → passive); answered locally"),
    params: &schemas::MAP_PARAMS,
    role: Role::Local(map::entegra_products),
    idempotent: true,
    paginated: false,
    result: &schemas::ENTEGRA_PRODUCTS_RESULT,
    example: crate::schema::doc(examples::ENTEGRA_PRODUCTS),
    parse: |body, _| body.wire(),
};

/// `map.entegra.stock_prices`: ERP products + stock → quantity and price update items.
pub const MAP_ENTEGRA_STOCK_PRICES: Operation = Operation {
    name: "map.entegra.stock_prices",
    service: Service::Entegra,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Map ERP products and stock to entegra.products.update_quantity and update_prices items; answered locally"),
    params: &schemas::MAP_PARAMS,
    role: Role::Local(map::entegra_stock_prices),
    idempotent: true,
    paginated: false,
    result: &schemas::ENTEGRA_STOCK_PRICES_RESULT,
    example: crate::schema::doc(examples::ENTEGRA_PRODUCTS),
    parse: |body, _| body.wire(),
};

/// `map.tedbul.ads`: ERP products + stock (+ listing) → ads to create, update, make passive.
pub const MAP_TEDBUL_ADS: Operation = Operation {
    name: "map.tedbul.ads",
    service: Service::Tedbul,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Map ERP products and stock to Tedbul ads by barcode (comma prices, stock minimum 3, expiry date); answered locally"),
    params: &schemas::MAP_TEDBUL_PARAMS,
    role: Role::Local(map::tedbul_ads),
    idempotent: true,
    paginated: false,
    result: &schemas::TEDBUL_ADS_RESULT,
    example: crate::schema::doc(examples::TEDBUL_ADS),
    parse: |body, _| body.wire(),
};

/// `map.entegra.orders_to_erp`: Entegra orders → ERP sales orders.
pub const MAP_ENTEGRA_ORDERS: Operation = Operation {
    name: "map.entegra.orders_to_erp",
    service: Service::Entegra,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Turn Entegra orders (the live list shape, or the create shape) into ERP sales-order documents: lines resolved by stock code, model, product code or barcode; the paid gross kept with its net and VAT split; unresolved lines reported; answered locally"),
    params: &schemas::ORDERS_PARAMS,
    role: Role::Local(orders::entegra::orders_to_erp),
    idempotent: true,
    paginated: false,
    result: &schemas::ORDERS_RESULT,
    example: crate::schema::doc(examples::ENTEGRA_ORDERS),
    parse: |body, _| body.wire(),
};

/// `map.tedbul.orders_to_erp`: Tedbul sold orders → ERP sales orders.
pub const MAP_TEDBUL_ORDERS: Operation = Operation {
    name: "map.tedbul.orders_to_erp",
    service: Service::Tedbul,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Turn Tedbul sold orders into ERP sales-order documents: lines resolved by barcode; the paid gross kept with its net and VAT split; unresolved lines reported; answered locally"),
    params: &schemas::ORDERS_PARAMS,
    role: Role::Local(orders::tedbul::orders_to_erp),
    idempotent: true,
    paginated: false,
    result: &schemas::ORDERS_RESULT,
    example: crate::schema::doc(examples::TEDBUL_ORDERS),
    parse: |body, _| body.wire(),
};

/// `sync.plan`: previous state + ERP snapshot → the fewest requests.
pub const SYNC_PLAN: Operation = Operation {
    name: "sync.plan",
    service: Service::Erp,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Plan the fewest requests (full batches, within the quota) that bring Entegra or Tedbul up to date with the ERP; answered locally"),
    params: &schemas::PLAN_PARAMS,
    role: Role::Local(plan::plan),
    idempotent: true,
    paginated: false,
    result: &schemas::PLAN_RESULT,
    example: crate::schema::doc(examples::SYNC_PLAN),
    parse: |body, _| body.wire(),
};

/// `sync.apply`: state + one planned request + its outcome → the new state.
pub const SYNC_APPLY: Operation = Operation {
    name: "sync.apply",
    service: Service::Erp,
    method: Method::Post,
    path: "",
    summary: crate::schema::doc("Advance the sync state for what the marketplace acknowledged of one planned request; answered locally"),
    params: &schemas::APPLY_PARAMS,
    role: Role::Local(apply::apply),
    idempotent: true,
    paginated: false,
    result: &schemas::APPLY_RESULT,
    example: crate::schema::doc(examples::SYNC_APPLY),
    parse: |body, _| body.wire(),
};

/// Every bridge operation.
pub static OPERATIONS: &[Operation] = &[
    MAP_ENTEGRA_PRODUCTS,
    MAP_ENTEGRA_STOCK_PRICES,
    MAP_TEDBUL_ADS,
    MAP_ENTEGRA_ORDERS,
    MAP_TEDBUL_ORDERS,
    SYNC_PLAN,
    SYNC_APPLY,
];
