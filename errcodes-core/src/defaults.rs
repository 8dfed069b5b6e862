//! What a catalog row is when nothing says otherwise: the defaults of the spec language,
//! and what a code the catalog does not list reports at run time.

use crate::{Billing, Retry};

/// Billing when neither the row nor an enclosing section or enum says: the source does not
/// say.
pub const BILLING: Billing = Billing::Unspecified;

/// The retry class when nothing says: retrying cannot help.
pub const RETRY: Retry = Retry::Never;

/// Whether a row means success when nothing says: it does not.
pub const SUCCESS: bool = false;
