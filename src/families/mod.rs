//! Every configuration family lyncsh emulates, one declaration each.

mod conferencing;
mod file_transfer_filter;
mod media;
mod ucphone;

use crate::family::FamilyDecl;

/// All declared families, in the order Get-Command lists them.
pub fn all() -> &'static [&'static FamilyDecl] {
    static ALL: &[&FamilyDecl] = &[
        &conferencing::CONFERENCING,
        &media::MEDIA,
        &ucphone::UCPHONE,
        &file_transfer_filter::FILE_TRANSFER_FILTER,
    ];
    ALL
}

/// The family whose noun is `noun` (case-insensitive).
pub fn find(noun: &str) -> Option<&'static FamilyDecl> {
    all()
        .iter()
        .copied()
        .find(|f| f.noun.eq_ignore_ascii_case(noun))
}
