//! The English texts (the default; the vectors' `path: message` forms).

use super::problem::{Expected, Problem};
use super::summary::{grouped, list_values, Summary};
use crate::bridge::guard::stop::{share_percent, GuardStop, Tripped};
use crate::error::Error;

/// The English text of `problem`.
pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Required => "required".into(),
        Problem::TooLong { max, got } => format!("at most {max} characters (got {got})"),
        Problem::TooSmall { min } => format!("must be at least {min}"),
        Problem::TooLarge { max } => format!("must be at most {max}"),
        Problem::NegativeMoney => "must not be negative".into(),
        Problem::NotOneOf { allowed } => format!("must be one of {}", list_values(allowed)),
        Problem::BadMoney { reason } => reason.clone(),
        Problem::TooManyDecimals { max } => format!("at most {max} decimal places"),
        Problem::BadDate { formats } if formats.iter().any(|f| f.contains("HH")) => {
            format!("must be a date and time {}", formats.join(" or "))
        }
        Problem::BadDate { formats } => format!("must be a date {}", formats.join(" or ")),
        Problem::TooFewItems { min } => format!("needs at least {min} item(s)"),
        Problem::TooManyItems { max, got } => {
            format!("at most {max} items per request (got {got}); split it into batches")
        }
        Problem::UnknownField { known } if known.is_empty() => {
            "unknown parameter (this takes none)".into()
        }
        Problem::UnknownField { known } => {
            format!("unknown parameter (known: {})", known.join(", "))
        }
        Problem::WrongType { expected } => match expected {
            Expected::Object => "must be an object",
            Expected::String => "must be a string",
            Expected::Code => "must be a string (or a whole number, sent as a string)",
            Expected::Integer => "must be an integer",
            Expected::List => "must be a list",
        }
        .into(),
        Problem::Empty => "must not be empty".into(),
        Problem::TooDeep { max_depth } => format!("nested deeper than {max_depth} levels"),
        Problem::Rule { en, .. } => en.clone(),
        Problem::Invalid { detail } => detail.clone(),
    }
}

/// The English message of `error`.
pub(super) fn error(error: &Error) -> String {
    match error {
        Error::Validation { errors } => {
            let summary = Summary {
                and_more: |n| format!("… and {n} more"),
                thousands: ',',
            };
            format!("invalid parameters: {}", summary.of(errors))
        }
        Error::Api {
            service,
            status,
            message,
            ..
        } => format!("{service} answered HTTP {status}: {message}"),
        Error::Auth { message, .. } => format!("authentication failed: {message}"),
        Error::RateLimited { message, .. } => format!("rate limited: {message}"),
        Error::Transport { message } => format!("transport failed: {message}"),
        Error::Decode { path, message } => {
            format!("could not decode the response at {path}: {message}")
        }
        Error::Config { message } => format!("configuration error: {message}"),
        Error::Guarded(stop) => guarded(stop),
        Error::Localized { error, .. } => self::error(error),
    }
}

/// The English message of a guard stop: each limit with its figures, then how to go on.
fn guarded(stop: &GuardStop) -> String {
    let n = |count: usize| grouped(count, ',');
    let limits: Vec<String> = stop
        .tripped
        .iter()
        .map(|tripped| match tripped {
            Tripped::Passive {
                count,
                listed,
                limit_percent,
            } => format!(
                "would make {} of {} listed items passive or out of stock ({} %), limit {limit_percent} %",
                n(*count),
                n(*listed),
                share_percent(*count, *listed)
            ),
            Tripped::Prices {
                count,
                limit_percent,
                limit_items,
            } => format!(
                "would move the price of {} items by more than {limit_percent} %, limit {} items",
                n(*count),
                n(*limit_items as usize)
            ),
        })
        .collect();
    format!(
        "the guard stopped the sync, nothing was sent: the plan {}. Check the plan, then accept it \
         with accept_plan \"{id}\" (kopru sync --accept-plan {id}), or change the guard's limits",
        limits.join("; and it "),
        id = stop.plan_id
    )
}
