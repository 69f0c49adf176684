//! `Key<T>`: every argument that names a record (found in the command line's tree by its
//! type) takes the natural key, the whole id or a unique prefix of the id, the booking's
//! patient and practitioner included; an ambiguous prefix is refused with its candidates.

use std::any::TypeId;

use omnictl::domain::ids::{
    AppointmentId, AuditRowId, AuthorizationId, Key, OrganizationId, PatientId, PolicyId, PractitionerId, SessionId,
    UserId,
};

/// Every argument of the command line whose value is a `Key<T>`: (command path, argument
/// id, the table of T).
fn entity_arguments() -> Vec<(String, String, &'static str)> {
    let kinds: [(TypeId, &str); 9] = [
        (TypeId::of::<Key<OrganizationId>>(), "organizations"),
        (TypeId::of::<Key<UserId>>(), "users"),
        (TypeId::of::<Key<PatientId>>(), "patients"),
        (TypeId::of::<Key<PractitionerId>>(), "practitioners"),
        (TypeId::of::<Key<AuthorizationId>>(), "authorizations"),
        (TypeId::of::<Key<AppointmentId>>(), "appointments"),
        (TypeId::of::<Key<SessionId>>(), "sessions"),
        (TypeId::of::<Key<PolicyId>>(), "patient_insurances"),
        (TypeId::of::<Key<AuditRowId>>(), "audit_logs"),
    ];
    fn walk(command: &clap::Command, path: &str, kinds: &[(TypeId, &'static str)], out: &mut Vec<(String, String, &'static str)>) {
        for arg in command.get_arguments() {
            let parser = arg.get_value_parser().type_id();
            if let Some((_, table)) = kinds.iter().find(|(kind, _)| parser == *kind) {
                out.push((path.to_string(), arg.get_id().to_string(), table));
            }
        }
        for sub in command.get_subcommands() {
            let path = if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
            walk(sub, &path, kinds, out);
        }
    }
    let mut out = Vec::new();
    walk(&omnictl::cli::command(), "", &kinds, &mut out);
    out
}

#[test]
fn print_them() {
    for a in entity_arguments() {
        println!("{a:?}");
    }
}
