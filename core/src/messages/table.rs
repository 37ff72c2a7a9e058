//! The table of validation problem codes with their descriptions: generated
//! into `kopru_codes.h`, `kopru.codes` and `codes.js`, and the README.

use super::rule::RuleName;

/// One validation problem code and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemCode {
    /// The code as `errors[i].code` carries it.
    pub code: String,
    /// What it means, in English.
    pub en: &'static str,
    /// What it means, in Turkish.
    pub tr: &'static str,
}

const PLAIN: &[(&str, &str, &str)] = &[
    ("required", "a required parameter is missing", "zorunlu bir parametre eksik"),
    ("too_long", "a text is longer than allowed (ctx: max, got)", "metin izin verilenden uzun (ctx: max, got)"),
    ("too_small", "a number is below its minimum (ctx: min)", "sayı alt sınırın altında (ctx: min)"),
    ("too_large", "a number is above its maximum (ctx: max)", "sayı üst sınırın üstünde (ctx: max)"),
    ("not_one_of", "the value is not one of the allowed values (ctx: allowed)", "değer izin verilenlerden biri değil (ctx: allowed)"),
    ("bad_money", "not a valid money amount, or too many decimals (ctx: reason or max_decimals)", "geçerli bir para tutarı değil ya da ondalık basamağı fazla (ctx: reason veya max_decimals)"),
    ("bad_date", "not a date in an accepted format (ctx: formats)", "kabul edilen biçimde bir tarih değil (ctx: formats)"),
    ("too_few_items", "a list has too few items (ctx: min)", "listede yeterli öğe yok (ctx: min)"),
    ("too_many_items", "a list has more items than one request takes (ctx: max, got)", "listede bir istekte gönderilebilecekten fazla öğe var (ctx: max, got)"),
    ("unknown_field", "a parameter the operation does not know (ctx: known)", "işlemin tanımadığı bir parametre (ctx: known)"),
    ("wrong_type", "the value has the wrong type (ctx: expected)", "değerin türü yanlış (ctx: expected)"),
    ("empty", "a text or code is empty", "metin ya da kod boş"),
    ("too_deep", "the value nests too deeply (ctx: max_depth)", "değer çok derin iç içe (ctx: max_depth)"),
    ("invalid", "another problem, described in English (ctx: detail)", "başka bir sorun, İngilizce açıklamalı (ctx: detail)"),
];

/// What a rule's problems mean, in English and Turkish.
fn rule_texts(rule: RuleName) -> (&'static str, &'static str) {
    match rule {
        RuleName::ColourSpecRequired => (
            "Entegra: every variation needs a spec named \"Renk\" (colour)",
            "Entegra: her varyasyonda \"Renk\" adlı bir özellik olmalı",
        ),
        RuleName::IdOrProductCode => (
            "Entegra: name the product by productCode or by id",
            "Entegra: ürün productCode ya da id ile belirtilmeli",
        ),
        RuleName::PictureBase64 => (
            "Entegra: a picture is plain base64 text (ctx: reason)",
            "Entegra: resim düz base64 metni olmalı (ctx: reason)",
        ),
        RuleName::Repeated => (
            "the same code or order line is given twice in one request (ctx: value)",
            "aynı kod ya da sipariş satırı bir istekte iki kez verilmiş (ctx: value)",
        ),
        RuleName::QuantityOverStock => (
            "Tedbul: a sale quantity is more than the stock (ctx: quantity, stock)",
            "Tedbul: satış miktarı stoktan fazla (ctx: quantity, stock)",
        ),
        RuleName::MaxBelowMin => (
            "Tedbul: the maximum sale quantity is less than the minimum (ctx: min, max)",
            "Tedbul: en yüksek satış miktarı en düşükten az (ctx: min, max)",
        ),
        RuleName::DatesReversed => (
            "a date range ends before it starts (ctx: start, end)",
            "tarih aralığı başlamadan bitiyor (ctx: start, end)",
        ),
    }
}

/// Every validation problem code, plain codes first, then `rule.<name>`.
pub fn problem_codes() -> Vec<ProblemCode> {
    let plain = PLAIN.iter().map(|(code, en, tr)| ProblemCode {
        code: code.to_string(),
        en,
        tr,
    });
    let rules = RuleName::ALL.into_iter().map(|rule| {
        let (en, tr) = rule_texts(rule);
        ProblemCode {
            code: rule.code(),
            en,
            tr,
        }
    });
    plain.chain(rules).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Expected, Locale, Problem};
    use serde_json::json;

    fn one_of_each() -> Vec<Problem> {
        let mut problems = vec![
            Problem::Required,
            Problem::TooLong { max: 3, got: 4 },
            Problem::TooSmall { min: 1 },
            Problem::TooLarge { max: 9 },
            Problem::NegativeMoney,
            Problem::NotOneOf {
                allowed: vec![json!(1), json!("WS")],
            },
            Problem::BadMoney {
                reason: "must be a decimal amount".into(),
            },
            Problem::TooManyDecimals { max: 2 },
            Problem::BadDate {
                formats: &["YYYY-MM-DD"],
            },
            Problem::TooFewItems { min: 1 },
            Problem::TooManyItems { max: 2, got: 3 },
            Problem::UnknownField { known: vec!["a"] },
            Problem::UnknownField { known: vec![] },
            Problem::WrongType {
                expected: Expected::Code,
            },
            Problem::Empty,
            Problem::TooDeep { max_depth: 64 },
            Problem::Invalid {
                detail: "odd".into(),
            },
        ];
        problems.extend(
            RuleName::ALL
                .into_iter()
                .map(|rule| Problem::rule(rule, json!({"x": 1}), "english", "türkçe")),
        );
        problems
    }

    #[test]
    fn every_code_is_in_the_table_and_every_text_has_a_turkish_form() {
        let table: Vec<String> = problem_codes().into_iter().map(|c| c.code).collect();
        for problem in one_of_each() {
            assert!(
                table.contains(&problem.code()),
                "{} missing",
                problem.code()
            );
            assert_ne!(
                problem.text(Locale::En),
                problem.text(Locale::Tr),
                "{problem:?}"
            );
        }
        let mut unique = table.clone();
        unique.dedup();
        assert_eq!(unique.len(), table.len());
    }
}
