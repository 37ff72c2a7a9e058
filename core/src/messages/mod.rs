//! The texts of kopru's errors in the languages an operator reads: English
//! (the default) and Turkish. Machine codes never change with the locale;
//! only the `message` texts do, and a vendor's own text stays as it was sent.

mod en;
mod locale;
mod problem;
mod rule;
mod summary;
mod table;
mod tr;

pub use locale::Locale;
pub use problem::{Expected, Problem};
pub use rule::RuleName;
pub use summary::NAMED_PROBLEMS;
pub use table::{problem_codes, ProblemCode};

use crate::error::Error;

/// The message of `error` in `locale`.
pub fn error_message(error: &Error, locale: Locale) -> String {
    match locale {
        Locale::En => en::error(error),
        Locale::Tr => tr::error(error),
    }
}
