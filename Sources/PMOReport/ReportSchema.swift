/// The JSON Schema (draft 2020-12) of ``ProjectReport``, written by `pmo schema --out DIR` and quoted by
/// docs/openapi.yaml. Tests validate real `pmo report` output against it.
package enum ReportSchema {
    /// The file name `pmo schema --out` gives it.
    package static let fileName = "pmo-report.schema.json"

    /// The schema's text.
    package static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://pmo.example/schemas/pmo-report.schema.json",
          "title": "pmo report (pmo/report/v1)",
          "description": "One project's state, printed by `pmo report` and stored by `pmo serve`.",
          "type": "object",
          "additionalProperties": false,
          "required": ["apiVersion", "project", "pmo", "templates", "waivers", "checklists", "summary"],
          "properties": {
            "apiVersion": {"const": "pmo/report/v1"},
            "generatedAt": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"},
            "project": {
              "type": "object",
              "additionalProperties": false,
              "required": ["id", "name"],
              "properties": {
                "id": {"$ref": "#/$defs/key"},
                "name": {"$ref": "#/$defs/key"},
                "owner": {"type": "string", "maxLength": 256},
                "phase": {"type": "string", "maxLength": 256},
                "repository": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {"url": {"type": "string"}, "commit": {"type": "string"}}
                }
              }
            },
            "catalog": {
              "type": "object",
              "additionalProperties": false,
              "required": ["name", "version"],
              "properties": {"name": {"type": "string"}, "version": {"type": "string"}, "commit": {"type": "string"}}
            },
            "pmo": {
              "type": "object",
              "additionalProperties": false,
              "required": ["version"],
              "properties": {"version": {"type": "string"}}
            },
            "templates": {"type": "array", "items": {"$ref": "#/$defs/template"}},
            "lint": {
              "type": "object",
              "additionalProperties": false,
              "required": ["errors", "warnings", "infos", "total", "findings", "truncated"],
              "properties": {
                "errors": {"$ref": "#/$defs/count"},
                "warnings": {"$ref": "#/$defs/count"},
                "infos": {"$ref": "#/$defs/count"},
                "total": {"$ref": "#/$defs/count"},
                "truncated": {"type": "boolean"},
                "findings": {"type": "array", "maxItems": 200, "items": {"$ref": "#/$defs/finding"}}
              }
            },
            "waivers": {"type": "array", "items": {"$ref": "#/$defs/waiver"}},
            "checklists": {"type": "array", "items": {"$ref": "#/$defs/checklist"}},
            "summary": {
              "type": "object",
              "additionalProperties": false,
              "required": ["versionsBehind", "modifiedFiles", "deletedFiles", "lintErrors", "lintWarnings",
                           "checklistDone", "checklistTotal", "waiversExpiringSoon"],
              "properties": {
                "versionsBehind": {"$ref": "#/$defs/count"},
                "modifiedFiles": {"$ref": "#/$defs/count"},
                "deletedFiles": {"$ref": "#/$defs/count"},
                "lintErrors": {"$ref": "#/$defs/count"},
                "lintWarnings": {"$ref": "#/$defs/count"},
                "checklistDone": {"$ref": "#/$defs/count"},
                "checklistTotal": {"$ref": "#/$defs/count"},
                "waiversExpiringSoon": {"$ref": "#/$defs/count"}
              }
            }
          },
          "$defs": {
            "key": {"type": "string", "minLength": 1, "maxLength": 256},
            "count": {"type": "integer", "minimum": 0},
            "template": {
              "type": "object",
              "additionalProperties": false,
              "required": ["name", "version", "versionsBehind", "missingFromCatalog", "missedChanges", "managedFiles",
                           "modifiedFiles", "deletedFiles"],
              "properties": {
                "name": {"$ref": "#/$defs/key"},
                "version": {"$ref": "#/$defs/key"},
                "currentVersion": {"type": "string"},
                "versionsBehind": {"$ref": "#/$defs/count"},
                "missingFromCatalog": {"type": "boolean"},
                "missedChanges": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["version", "changes"],
                    "properties": {"version": {"type": "string"}, "date": {"type": "string"}, "changes": {"type": "string"}}
                  }
                },
                "managedFiles": {"$ref": "#/$defs/count"},
                "modifiedFiles": {"type": "array", "items": {"type": "string"}},
                "deletedFiles": {"type": "array", "items": {"type": "string"}}
              }
            },
            "finding": {
              "type": "object",
              "additionalProperties": false,
              "required": ["rule", "severity", "message"],
              "properties": {
                "rule": {"type": "string"},
                "severity": {"enum": ["error", "warning", "info"]},
                "file": {"type": "string"},
                "line": {"type": "integer", "minimum": 1},
                "column": {"type": "integer", "minimum": 1},
                "message": {"type": "string"}
              }
            },
            "waiver": {
              "type": "object",
              "additionalProperties": false,
              "required": ["rule", "reason", "owner", "expires", "expired", "expiringSoon"],
              "properties": {
                "rule": {"type": "string"},
                "path": {"type": "string"},
                "reason": {"type": "string"},
                "owner": {"type": "string"},
                "expires": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                "expired": {"type": "boolean"},
                "expiringSoon": {"type": "boolean"}
              }
            },
            "checklist": {
              "type": "object",
              "additionalProperties": false,
              "required": ["name", "title", "version", "done", "total", "phases"],
              "properties": {
                "name": {"type": "string"},
                "title": {"type": "string"},
                "version": {"type": "string"},
                "done": {"$ref": "#/$defs/count"},
                "total": {"$ref": "#/$defs/count"},
                "phases": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "title", "done", "total"],
                    "properties": {
                      "id": {"type": "string"},
                      "title": {"type": "string"},
                      "done": {"$ref": "#/$defs/count"},
                      "total": {"$ref": "#/$defs/count"}
                    }
                  }
                }
              }
            }
          }
        }

        """#
}
