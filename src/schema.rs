//! JSON Schemas for `procedure.yaml` and `site.yaml`, generated from the content
//! model's own types (`schemars`, reading the same serde attributes the loader
//! uses), so the schema an editor's tools check against is the loader's rules.
//!
//! `informed schema` writes them; the repository ships them in `schema/`,
//! and a test keeps those files equal to what this module makes now.
//! The schema covers shapes and names; the checks (`informed check`) still
//! cover what a schema cannot say (ids that must exist, dates in order).

use crate::model::{Procedure, Site};
use schemars::JsonSchema;

/// The schema files, by file name, as `informed schema` writes them.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("procedure.schema.json", render::<Procedure>("procedure.yaml: the facts about one procedure")),
        ("site.schema.json", render::<Site>("site.yaml: who publishes, how to reach them, site-wide settings")),
        (
            "local.schema.json",
            render::<crate::model::LocalLayer>("local.yaml: what a site lays over a library's procedure"),
        ),
    ]
}

fn render<T: JsonSchema>(title: &str) -> String {
    let mut schema = schemars::schema_for!(T);
    schema.insert("title".into(), title.into());
    schema.insert(
        "$comment".into(),
        format!("{}: `informed schema` writes this file from informed's content model", crate::write::made::SIGNATURE)
            .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn schemas_are_json_objects() {
        for (name, text) in super::files() {
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert!(value.get("properties").is_some(), "{name}");
            assert_eq!(value["additionalProperties"], false, "{name}");
        }
    }
}
