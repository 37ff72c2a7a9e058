//! The Turkish texts (`locale: "tr"`), for the people who run Turkish ERPs.

use super::problem::{Expected, Problem};
use super::summary::{grouped, list_values, Summary};
use crate::bridge::guard::stop::{share_percent, GuardStop, Tripped};
use crate::error::Error;

/// The Turkish text of `problem`.
pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Required => "zorunlu".into(),
        Problem::TooLong { max, got } => {
            format!("en fazla {max} karakter olabilir ({got} karakter verildi)")
        }
        Problem::TooSmall { min } => format!("en az {min} olmalı"),
        Problem::TooLarge { max } => format!("en fazla {max} olmalı"),
        Problem::NegativeMoney => "negatif olamaz".into(),
        Problem::NotOneOf { allowed } => {
            format!("şunlardan biri olmalı: {}", list_values(allowed))
        }
        Problem::BadMoney { .. } => "geçerli bir para tutarı olmalı (örnek: 12.90)".into(),
        Problem::TooManyDecimals { max } => format!("en fazla {max} ondalık basamak olabilir"),
        Problem::BadDate { formats } if formats.iter().any(|f| f.contains("HH")) => {
            format!(
                "{} biçiminde bir tarih ve saat olmalı",
                formats.join(" veya ")
            )
        }
        Problem::BadDate { formats } => {
            format!("{} biçiminde bir tarih olmalı", formats.join(" veya "))
        }
        Problem::TooFewItems { min } => format!("en az {min} öğe gerekli"),
        Problem::TooManyItems { max, got } => {
            format!("bir istekte en fazla {max} öğe olabilir ({got} verildi); gruplara bölün")
        }
        Problem::UnknownField { known } if known.is_empty() => {
            "bilinmeyen parametre (bu işlem parametre almaz)".into()
        }
        Problem::UnknownField { known } => {
            format!("bilinmeyen parametre (bilinenler: {})", known.join(", "))
        }
        Problem::WrongType { expected } => match expected {
            Expected::Object => "nesne olmalı",
            Expected::String => "metin olmalı",
            Expected::Code => "metin (ya da metin olarak gönderilecek bir tam sayı) olmalı",
            Expected::Integer => "tam sayı olmalı",
            Expected::List => "liste olmalı",
        }
        .into(),
        Problem::Empty => "boş olamaz".into(),
        Problem::TooDeep { max_depth } => format!("{max_depth} düzeyden daha derin iç içe"),
        Problem::Rule { tr, .. } => tr.clone(),
        Problem::Invalid { detail } => format!("geçersiz: {detail}"),
    }
}

/// The Turkish message of `error`; a vendor's own text stays as it was sent.
pub(super) fn error(error: &Error) -> String {
    match error {
        Error::Validation { errors } => {
            let summary = Summary {
                and_more: |n| format!("… ve {n} sorun daha"),
                thousands: '.',
            };
            format!("geçersiz parametreler: {}", summary.of(errors))
        }
        Error::Api {
            service,
            status,
            message,
            ..
        } => format!("{service} HTTP {status} yanıtı verdi: {message}"),
        Error::Auth { message, .. } => format!("kimlik doğrulama başarısız: {message}"),
        Error::RateLimited { message, .. } => format!("istek sınırı aşıldı: {message}"),
        Error::Transport { message } => format!("bağlantı kurulamadı: {message}"),
        Error::Decode { path, message } => {
            format!("yanıt {path} konumunda çözümlenemedi: {message}")
        }
        Error::Config { message } => format!("yapılandırma hatası: {message}"),
        Error::Guarded(stop) => guarded(stop),
        Error::Localized { error, .. } => self::error(error),
    }
}

/// The Turkish message of a guard stop: each limit with its figures, then how to go on.
fn guarded(stop: &GuardStop) -> String {
    let n = |count: usize| grouped(count, '.');
    let limits: Vec<String> = stop
        .tripped
        .iter()
        .map(|tripped| match tripped {
            Tripped::Passive {
                count,
                listed,
                limit_percent,
            } => format!(
                "listelenen {} ürünün {} tanesini pasif ya da stoksuz yapacaktı (%{}), sınır %{limit_percent}",
                n(*listed),
                n(*count),
                share_percent(*count, *listed)
            ),
            Tripped::Prices {
                count,
                limit_percent,
                limit_items,
            } => format!(
                "{} ürünün fiyatını %{limit_percent} üzerinde değiştirecekti, sınır {} ürün",
                n(*count),
                n(*limit_items as usize)
            ),
        })
        .collect();
    format!(
        "koruma eşitlemeyi durdurdu, hiçbir şey gönderilmedi: plan {}. Planı inceleyin, sonra \
         accept_plan \"{id}\" ile onaylayın (kopru sync --accept-plan {id}) ya da korumanın sınırlarını değiştirin",
        limits.join("; ayrıca "),
        id = stop.plan_id
    )
}
