//! CsFileTransferFilterConfiguration: which file types users may not send in instant
//! messages. `Extensions` is a multi-valued property, changed with `@{Add=...}`,
//! `@{Remove=...}` and `@{Replace=...}`. The reference lists the first four default extensions;
//! the rest of the default list is the one Lync Server 2013 installs (see docs/behaviour.md).

use crate::family::{FamilyDecl, PropDecl, PropType::*, ScopeRule};

const DEFAULT_EXTENSIONS: &str = ".ade,.adp,.app,.asp,.bas,.bat,.cer,.chm,.cmd,.com,.cpl,.crt,.csh,.exe,.fxp,.grp,.hlp,.hta,.inf,.ins,.isp,.its,.js,.jse,.ksh,.lnk,.mad,.maf,.mag,.mam,.maq,.mar,.mas,.mat,.mau,.mav,.maw,.mda,.mdb,.mde,.mdt,.mdw,.mdz,.msc,.msi,.msp,.mst,.ops,.pcd,.pif,.pl,.pnp,.prf,.prg,.pst,.reg,.scf,.scr,.sct,.shb,.shs,.tmp,.url,.vb,.vbe,.vbs,.vsmacros,.vss,.vst,.vsw,.ws,.wsc,.wsf,.wsh";

pub static FILE_TRANSFER_FILTER: FamilyDecl = FamilyDecl {
    noun: "CsFileTransferFilterConfiguration",
    type_name: "Microsoft.Rtc.Management.WritableConfig.Settings.ImFilter.FileTransferFilterConfiguration",
    scopes: &[ScopeRule::Global, ScopeRule::Site],
    label: "file transfer filter configuration",
    synopsis: "The file extensions users may not send to each other in instant messages, and whether the filter is on.",
    properties: &[
        PropDecl::new("Extensions", StringList, DEFAULT_EXTENSIONS),
        PropDecl::new("Enabled", Bool, "True"),
        PropDecl::new(
            "Action",
            Enum(
                "Microsoft.Rtc.Management.WritableConfig.Settings.ImFilter.FileFilterAction",
                &["BlockAll", "Block"],
            ),
            "Block",
        ),
    ],
};
