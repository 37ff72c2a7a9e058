//! The vendors' rules across fields, each with its code `rule.<name>`.

/// A rule across several fields; its problems have the code `rule.<name>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleName {
    /// Entegra: every variation needs a spec named "Renk" (colour).
    ColourSpecRequired,
    /// Entegra: a product is named by `productCode` or by `id`.
    IdOrProductCode,
    /// Entegra: a picture is base64 text without a `data:` prefix.
    PictureBase64,
    /// The same code (or order line) is given twice in one request.
    Repeated,
    /// Tedbul: a sale quantity is more than the stock.
    QuantityOverStock,
    /// Tedbul: the maximum sale quantity is less than the minimum.
    MaxBelowMin,
    /// A date range ends before it starts.
    DatesReversed,
}

impl RuleName {
    /// Every rule, in code-table order.
    pub const ALL: [RuleName; 7] = [
        RuleName::ColourSpecRequired,
        RuleName::IdOrProductCode,
        RuleName::PictureBase64,
        RuleName::Repeated,
        RuleName::QuantityOverStock,
        RuleName::MaxBelowMin,
        RuleName::DatesReversed,
    ];

    /// The rule's name (after `rule.`).
    pub fn name(self) -> &'static str {
        match self {
            RuleName::ColourSpecRequired => "colour_spec_required",
            RuleName::IdOrProductCode => "id_or_product_code",
            RuleName::PictureBase64 => "picture_base64",
            RuleName::Repeated => "repeated",
            RuleName::QuantityOverStock => "quantity_over_stock",
            RuleName::MaxBelowMin => "max_below_min",
            RuleName::DatesReversed => "dates_reversed",
        }
    }

    /// The machine code, `rule.<name>`.
    pub fn code(self) -> String {
        format!("rule.{}", self.name())
    }
}
