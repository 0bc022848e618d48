//! Counting co-decisions, exactly and explainably: voting methods, the
//! participatory-budgeting rules of Pabulib and pabutools, and the file formats
//! (Pabulib `.pb`, PrefLib `.soi`/`.soc`), and Pol.is-class opinion mapping. Pure: no I/O beyond parsing bytes
//! handed in, no clock, deterministic.

pub mod amount;
pub mod disclosure;
pub mod exact;
pub mod opinion;
pub mod pabulib;
pub mod pb;
pub mod preflib;
pub mod representation;
pub mod sortition;
pub mod survey;
pub mod vote;

/// A method's or rule's name in a result: one of ours when counted, the
/// stored text when a stored result is read back.
pub type Name = std::borrow::Cow<'static, str>;
