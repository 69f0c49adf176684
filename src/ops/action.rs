//! Every action an operator can take, as the audit trail names it. An operation
//! declares its action as one of these, never as a string: the set of actions is this
//! enum, and the trail's spelling of each is here and nowhere else.

macro_rules! actions {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// What the record calls an action (`audit_logs.action`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $($(#[$doc])* $variant,)*
        }

        impl Action {
            /// Every action, in the order declared.
            #[cfg(test)]
            pub(crate) const ALL: &'static [Action] = &[$(Action::$variant,)*];

            /// The action as the trail spells it: `group.verb`.
            pub(crate) fn as_str(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                }
            }
        }
    };
}

actions! {
    OrgCreate = "org.create",
    OrgList = "org.list",
    OrgShow = "org.show",
    OrgUpdate = "org.update",
    OrgSuspend = "org.suspend",
    OrgActivate = "org.activate",

    UserBootstrap = "user.bootstrap",
    UserCreate = "user.create",
    UserList = "user.list",
    UserShow = "user.show",
    UserUpdate = "user.update",
    UserDeactivate = "user.deactivate",
    UserActivate = "user.activate",
    UserSetPassword = "user.set-password",
    UserWhoami = "user.whoami",

    PractitionerCreate = "practitioner.create",
    PractitionerList = "practitioner.list",
    PractitionerShow = "practitioner.show",
    PractitionerUpdate = "practitioner.update",
    PractitionerDeactivate = "practitioner.deactivate",
    SupervisionRecord = "practitioner.supervision-contact",

    PatientCreate = "patient.create",
    /// Any read of patient data: a show, a list, an export, a completion.
    PatientRead = "patient.read",
    PatientUpdate = "patient.update",
    PatientArchive = "patient.archive",
    PatientUnarchive = "patient.unarchive",
    PatientImport = "patient.import",

    InsuranceCreate = "insurance.create",
    InsuranceRead = "insurance.read",
    InsuranceUpdate = "insurance.update",
    InsuranceEnd = "insurance.end",
    InsuranceRemove = "insurance.remove",
    InsuranceImport = "insurance.import",

    AuthCreate = "auth.create",
    AuthRead = "auth.read",
    AuthUpdate = "auth.update",
    AuthCancel = "auth.cancel",
    AuthSweep = "auth.sweep",
    AuthCheck = "auth.check",
    AuthReport = "auth.report",
    AuthImport = "auth.import",

    AppointmentCreate = "appointment.create",
    AppointmentCancel = "appointment.cancel",
    AppointmentNoShow = "appointment.no-show",
    AppointmentReschedule = "appointment.reschedule",
    AppointmentRead = "appointment.read",

    SessionStart = "session.start",
    SessionEvent = "session.event",
    SessionEventImport = "session.event.import",
    SessionComplete = "session.complete",
    SessionCancel = "session.cancel",
    SessionRead = "session.read",
    NoteGenerate = "session.note.generate",
    NoteEdit = "session.note.edit",
    NoteSign = "session.note.sign",
    NoteAddendum = "session.note.addendum",
    NoteCosign = "session.note.cosign",

    SupervisionReport = "report.supervision",

    AuditShow = "audit.show",
    AuditLog = "audit.log",
    AuditVerify = "audit.verify",
    AuditCheckpoint = "audit.checkpoint",
    AuditExport = "audit.export",

    AccessBreakGlass = "access.break-glass",
    AccessList = "access.list",

    ServiceCodeSeed = "service-code.seed",
    ServiceCodeList = "service-code.list",
    /// A completion of names that are not patient data (slugs, codes, emails).
    CompletionRead = "completion.read",

    SeedDemo = "seed.demo",
    QuickstartProvision = "quickstart.provision",
    QuickstartDemo = "quickstart.demo",
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn every_action_is_spelled_once_as_group_dot_verb() {
        let mut seen = std::collections::HashSet::new();
        for action in Action::ALL {
            let name = action.as_str();
            assert!(seen.insert(name), "{name} is declared twice");
            assert!(name.contains('.') && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'-'));
        }
    }
}
