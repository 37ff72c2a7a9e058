//! The texts of kopru's errors in the languages an operator reads: English
//! (the default) and Turkish. Machine codes never change with the locale;
//! only the `message` texts do, and a vendor's own text stays as it was sent.

mod locale;

pub use locale::Locale;
