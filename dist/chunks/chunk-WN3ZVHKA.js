import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  readRecords
} from "./chunk-7HWHQXER.js";
import {
  scrubber
} from "./chunk-533WVKLP.js";
import {
  config_schema_default
} from "./chunk-36CHZPWI.js";
import {
  require_ajv
} from "./chunk-MZFRBW5I.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import {
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/publish/validate-writes.ts
var import_ajv = __toESM(require_ajv(), 1);
import { gunzipSync } from "node:zlib";

// schemas/data-baselines.schema.json
var data_baselines_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-baselines.schema.json",
  title: "data/baselines.json",
  description: "(branch, model, suite) -> the promoted baseline run.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "baselines"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    baselines: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "branch",
          "model",
          "suite",
          "run_id",
          "path",
          "created_at",
          "promoted_at",
          "by",
          "reason"
        ],
        properties: {
          branch: {
            type: "string"
          },
          model: {
            type: "string"
          },
          suite: {
            type: "string"
          },
          run_id: {
            type: "string",
            pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
          },
          path: {
            type: "string",
            pattern: "^runs/[0-9]{4}-[0-9]{2}/[A-Za-z0-9_-][A-Za-z0-9._-]*$"
          },
          created_at: {
            type: "string",
            minLength: 10
          },
          promoted_at: {
            type: "string",
            minLength: 10
          },
          by: {
            enum: [
              "auto",
              "manual"
            ]
          },
          reason: {
            type: "string"
          }
        }
      }
    }
  }
};

// schemas/data-comparison.schema.json
var data_comparison_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-comparison.schema.json",
  title: "data/runs/<yyyy-mm>/<id>/comparison.json",
  description: "The gate's comparison for this model, stored as the gate wrote it (its own schema is the gate's).",
  type: "object",
  properties: {
    models: {
      type: "array",
      maxItems: 1
    }
  }
};

// schemas/data-index.schema.json
var data_index_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-index.schema.json",
  title: "data/index.json",
  description: "The manifest of a published site: small, rewritten on every publish.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "generated_at",
    "repository",
    "default_branch",
    "months",
    "run_count",
    "suites",
    "tasks",
    "models",
    "leaderboard",
    "alerts",
    "retention"
  ],
  properties: {
    schema_version: {
      description: "2 since tasks[].category and tasks[].higher_is_better; a reader of 2 reads 1 too.",
      enum: [
        1,
        2
      ]
    },
    generated_at: {
      type: "string",
      minLength: 10
    },
    repository: {
      type: [
        "string",
        "null"
      ]
    },
    default_branch: {
      type: "string"
    },
    months: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[0-9]{4}-[0-9]{2}$"
      },
      uniqueItems: true
    },
    run_count: {
      type: "integer",
      minimum: 0
    },
    suites: {
      type: "array",
      items: {
        type: "string"
      }
    },
    tasks: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "task",
          "primary_metric",
          "category"
        ],
        properties: {
          task: {
            type: "string"
          },
          primary_metric: {
            type: "string"
          },
          category: {
            type: [
              "string",
              "null"
            ]
          },
          higher_is_better: {
            description: "False when a lower primary metric is better (e.g. perplexity); absent means true.",
            type: "boolean"
          }
        }
      }
    },
    models: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "model",
          "role",
          "runs",
          "latest_run"
        ],
        properties: {
          model: {
            type: "string"
          },
          role: {
            enum: [
              "candidate",
              "reference",
              "training"
            ]
          },
          runs: {
            type: "integer",
            minimum: 0
          },
          latest_run: {
            oneOf: [
              {
                type: "null"
              },
              {
                type: "string",
                pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
              }
            ]
          }
        }
      }
    },
    leaderboard: {
      type: "array",
      items: {
        $ref: "#/definitions/row"
      }
    },
    alerts: {
      type: "array",
      maxItems: 50,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "run_id",
          "path",
          "model",
          "suite",
          "verdict",
          "tasks",
          "created_at"
        ],
        properties: {
          run_id: {
            type: "string",
            pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
          },
          path: {
            type: "string",
            pattern: "^runs/[0-9]{4}-[0-9]{2}/[A-Za-z0-9_-][A-Za-z0-9._-]*$"
          },
          model: {
            type: "string"
          },
          suite: {
            type: "string"
          },
          verdict: {
            enum: [
              "regression",
              "inconclusive",
              "error"
            ]
          },
          tasks: {
            type: "array",
            items: {
              type: "string"
            }
          },
          created_at: {
            type: "string",
            minLength: 10
          }
        }
      }
    },
    retention: {
      type: "object",
      additionalProperties: false,
      required: [
        "pr_pruned_before",
        "records_dropped_before"
      ],
      properties: {
        pr_pruned_before: {
          type: [
            "string",
            "null"
          ]
        },
        records_dropped_before: {
          type: [
            "string",
            "null"
          ]
        }
      }
    }
  },
  definitions: {
    cell: {
      description: "[mean, ci_low, ci_high] of the task's primary metric; ci_low and ci_high are both null when the interval is unknown (an imported file with no standard error).",
      type: "array",
      items: [
        {
          type: "number"
        },
        {
          type: [
            "number",
            "null"
          ]
        },
        {
          type: [
            "number",
            "null"
          ]
        }
      ],
      minItems: 3,
      maxItems: 3
    },
    ci: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "array",
          items: {
            type: "number"
          },
          minItems: 2,
          maxItems: 2
        }
      ]
    },
    row: {
      type: "object",
      additionalProperties: false,
      required: [
        "run_id",
        "path",
        "kind",
        "suite",
        "model",
        "role",
        "step",
        "branch",
        "sha",
        "pr",
        "created_at",
        "verdict",
        "score",
        "ci",
        "tasks"
      ],
      properties: {
        run_id: {
          type: "string",
          pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
        },
        path: {
          type: "string",
          pattern: "^runs/[0-9]{4}-[0-9]{2}/[A-Za-z0-9_-][A-Za-z0-9._-]*$"
        },
        kind: {
          enum: [
            "pr",
            "branch",
            "manual",
            "sweep",
            "import"
          ]
        },
        suite: {
          type: "string"
        },
        model: {
          type: "string"
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ]
        },
        step: {
          type: [
            "integer",
            "null"
          ]
        },
        branch: {
          type: [
            "string",
            "null"
          ]
        },
        sha: {
          type: [
            "string",
            "null"
          ]
        },
        pr: {
          type: [
            "integer",
            "null"
          ]
        },
        created_at: {
          type: "string",
          minLength: 10
        },
        verdict: {
          enum: [
            "pass",
            "regression",
            "inconclusive",
            "improvement",
            "no-baseline",
            "error",
            null
          ]
        },
        score: {
          type: [
            "number",
            "null"
          ]
        },
        ci: {
          $ref: "#/definitions/ci"
        },
        tasks: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/cell"
          }
        },
        best: {
          const: true
        }
      }
    }
  }
};

// schemas/data-month.schema.json
var data_month_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-month.schema.json",
  title: "data/index/<yyyy-mm>.json",
  description: "The run rows of one month, newest last.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "month",
    "runs"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    month: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}$"
    },
    runs: {
      type: "array",
      items: {
        $ref: "#/definitions/row"
      }
    }
  },
  definitions: {
    cell: {
      description: "[mean, ci_low, ci_high] of the task's primary metric; ci_low and ci_high are both null when the interval is unknown (an imported file with no standard error).",
      type: "array",
      items: [
        {
          type: "number"
        },
        {
          type: [
            "number",
            "null"
          ]
        },
        {
          type: [
            "number",
            "null"
          ]
        }
      ],
      minItems: 3,
      maxItems: 3
    },
    ci: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "array",
          items: {
            type: "number"
          },
          minItems: 2,
          maxItems: 2
        }
      ]
    },
    row: {
      type: "object",
      additionalProperties: false,
      required: [
        "run_id",
        "path",
        "kind",
        "suite",
        "model",
        "role",
        "step",
        "branch",
        "sha",
        "pr",
        "created_at",
        "verdict",
        "score",
        "ci",
        "tasks"
      ],
      properties: {
        run_id: {
          type: "string",
          pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
        },
        path: {
          type: "string",
          pattern: "^runs/[0-9]{4}-[0-9]{2}/[A-Za-z0-9_-][A-Za-z0-9._-]*$"
        },
        kind: {
          enum: [
            "pr",
            "branch",
            "manual",
            "sweep",
            "import"
          ]
        },
        suite: {
          type: "string"
        },
        model: {
          type: "string"
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ]
        },
        step: {
          type: [
            "integer",
            "null"
          ]
        },
        branch: {
          type: [
            "string",
            "null"
          ]
        },
        sha: {
          type: [
            "string",
            "null"
          ]
        },
        pr: {
          type: [
            "integer",
            "null"
          ]
        },
        created_at: {
          type: "string",
          minLength: 10
        },
        verdict: {
          enum: [
            "pass",
            "regression",
            "inconclusive",
            "improvement",
            "no-baseline",
            "error",
            null
          ]
        },
        score: {
          type: [
            "number",
            "null"
          ]
        },
        ci: {
          $ref: "#/definitions/ci"
        },
        tasks: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/cell"
          }
        },
        best: {
          const: true
        }
      }
    }
  }
};

// schemas/data-records.schema.json
var data_records_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-records.schema.json",
  title: "a line of data/runs/<yyyy-mm>/<id>/records.jsonl.gz",
  description: "An engine record as published: outputs per publish.outputs, redacted, at most 2,000 characters.",
  type: "object",
  required: [
    "schema_version",
    "run_id",
    "model",
    "task",
    "item_id",
    "item_hash",
    "sample",
    "output",
    "score",
    "scores",
    "error"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    run_id: {
      type: "string"
    },
    model: {
      type: "string"
    },
    task: {
      type: "string"
    },
    item_id: {
      type: "string"
    },
    item_hash: {
      type: "string"
    },
    sample: {
      type: "integer",
      minimum: 0
    },
    input: {
      description: "The rendered messages the model was sent (absent in older records and imports; published per publish.inputs, redacted).",
      type: [
        "array",
        "null"
      ],
      items: {
        type: "object",
        required: [
          "role",
          "content"
        ],
        properties: {
          role: {
            type: "string"
          },
          content: {
            type: "string"
          }
        }
      }
    },
    target: {
      description: "The dataset's target (absent in older records and imports; published per publish.inputs, redacted).",
      anyOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string"
          }
        },
        {
          type: "null"
        }
      ]
    },
    output: {
      type: [
        "string",
        "null"
      ],
      maxLength: 2e3
    },
    reasoning: {
      type: [
        "string",
        "null"
      ],
      maxLength: 2e3
    },
    answer: {
      type: [
        "string",
        "null"
      ],
      maxLength: 2e3
    },
    tool_calls: {
      description: "The reply's tool calls, present only where the output is published; arguments redacted and cut like the output.",
      type: "array",
      items: {
        type: "object",
        required: [
          "name",
          "arguments"
        ],
        properties: {
          id: {
            type: [
              "string",
              "null"
            ]
          },
          name: {
            type: "string"
          },
          arguments: {
            type: "string",
            maxLength: 2e3
          }
        }
      }
    },
    score: {
      type: [
        "number",
        "null"
      ]
    },
    scores: {
      type: "object",
      additionalProperties: {
        type: "number"
      }
    },
    details: {
      type: [
        "object",
        "null"
      ]
    },
    error: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          required: [
            "kind",
            "message"
          ],
          properties: {
            kind: {
              type: "string"
            },
            message: {
              type: "string"
            }
          }
        }
      ]
    }
  }
};

// schemas/data-run.schema.json
var data_run_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-run.schema.json",
  title: "data/runs/<yyyy-mm>/<id>/run.json",
  description: "The engine's run.json narrowed to one model: where the run came from.",
  type: "object",
  required: [
    "schema_version",
    "run_id",
    "suite",
    "kind",
    "evalwarden_version",
    "config_hash",
    "datasets",
    "models",
    "git",
    "started_at",
    "finished_at",
    "status"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    run_id: {
      type: "string"
    },
    suite: {
      type: "string"
    },
    kind: {
      enum: [
        "pr",
        "branch",
        "manual",
        "sweep",
        "import"
      ]
    },
    evalwarden_version: {
      type: "string"
    },
    config_hash: {
      type: "string"
    },
    datasets: {
      type: "array",
      items: {
        type: "object",
        required: [
          "task",
          "sha256"
        ],
        properties: {
          task: {
            type: "string"
          },
          path: {
            type: "string"
          },
          sha256: {
            type: "string"
          },
          items: {
            description: "null when an imported file does not say how many items the task has.",
            type: [
              "integer",
              "null"
            ]
          }
        }
      }
    },
    models: {
      type: "array",
      minItems: 1,
      maxItems: 1,
      items: {
        type: "object",
        required: [
          "model",
          "role",
          "step"
        ],
        properties: {
          model: {
            type: "string"
          },
          role: {
            enum: [
              "candidate",
              "reference",
              "training"
            ]
          },
          step: {
            type: [
              "integer",
              "null"
            ]
          },
          endpoint: {
            type: "string",
            not: {
              pattern: "://[^/]*@"
            }
          }
        }
      }
    },
    git: {
      type: "object",
      required: [
        "sha",
        "ref",
        "branch",
        "repository",
        "pr",
        "event"
      ],
      properties: {
        sha: {
          type: [
            "string",
            "null"
          ]
        },
        ref: {
          type: [
            "string",
            "null"
          ]
        },
        branch: {
          type: [
            "string",
            "null"
          ]
        },
        repository: {
          type: [
            "string",
            "null"
          ]
        },
        pr: {
          type: [
            "integer",
            "null"
          ]
        },
        event: {
          type: [
            "string",
            "null"
          ]
        },
        base_ref: {
          type: [
            "string",
            "null"
          ]
        },
        base_sha: {
          type: [
            "string",
            "null"
          ]
        }
      }
    },
    started_at: {
      type: [
        "string",
        "null"
      ],
      minLength: 10
    },
    finished_at: {
      type: [
        "string",
        "null"
      ]
    },
    status: {
      enum: [
        "complete",
        "partial"
      ]
    }
  }
};

// schemas/data-samples.schema.json
var data_samples_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-samples.schema.json",
  title: "a line of data/runs/<yyyy-mm>/<id>/samples.jsonl",
  description: "A record of the bounded samples head (at most publish.head_size per task).",
  allOf: [
    {
      $ref: "data-records.schema.json"
    }
  ]
};

// schemas/data-series.schema.json
var data_series_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-series.schema.json",
  title: "data/series/<model>.json",
  description: "One point per branch, manual, sweep or import run of a model, oldest first.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "model",
    "role",
    "points"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    model: {
      type: "string"
    },
    role: {
      enum: [
        "candidate",
        "reference",
        "training"
      ]
    },
    points: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "run_id",
          "path",
          "kind",
          "suite",
          "step",
          "branch",
          "sha",
          "created_at",
          "verdict",
          "score",
          "ci",
          "tasks"
        ],
        properties: {
          run_id: {
            type: "string",
            pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
          },
          path: {
            type: "string",
            pattern: "^runs/[0-9]{4}-[0-9]{2}/[A-Za-z0-9_-][A-Za-z0-9._-]*$"
          },
          kind: {
            enum: [
              "pr",
              "branch",
              "manual",
              "sweep",
              "import"
            ]
          },
          suite: {
            type: "string"
          },
          step: {
            type: [
              "integer",
              "null"
            ]
          },
          branch: {
            type: [
              "string",
              "null"
            ]
          },
          sha: {
            type: [
              "string",
              "null"
            ]
          },
          created_at: {
            type: "string",
            minLength: 10
          },
          verdict: {
            enum: [
              "pass",
              "regression",
              "inconclusive",
              "improvement",
              "no-baseline",
              "error",
              null
            ]
          },
          score: {
            type: [
              "number",
              "null"
            ]
          },
          ci: {
            $ref: "#/definitions/ci"
          },
          tasks: {
            type: "object",
            additionalProperties: {
              $ref: "#/definitions/cell"
            }
          }
        }
      }
    }
  },
  definitions: {
    cell: {
      description: "[mean, ci_low, ci_high] of the task's primary metric; ci_low and ci_high are both null when the interval is unknown (an imported file with no standard error).",
      type: "array",
      items: [
        {
          type: "number"
        },
        {
          type: [
            "number",
            "null"
          ]
        },
        {
          type: [
            "number",
            "null"
          ]
        }
      ],
      minItems: 3,
      maxItems: 3
    },
    ci: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "array",
          items: {
            type: "number"
          },
          minItems: 2,
          maxItems: 2
        }
      ]
    },
    row: {
      type: "object",
      additionalProperties: false,
      required: [
        "run_id",
        "path",
        "kind",
        "suite",
        "model",
        "role",
        "step",
        "branch",
        "sha",
        "pr",
        "created_at",
        "verdict",
        "score",
        "ci",
        "tasks"
      ],
      properties: {
        run_id: {
          type: "string",
          pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(-[0-9a-f]{8})?$"
        },
        path: {
          type: "string",
          pattern: "^runs/[0-9]{4}-[0-9]{2}/[A-Za-z0-9_-][A-Za-z0-9._-]*$"
        },
        kind: {
          enum: [
            "pr",
            "branch",
            "manual",
            "sweep",
            "import"
          ]
        },
        suite: {
          type: "string"
        },
        model: {
          type: "string"
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ]
        },
        step: {
          type: [
            "integer",
            "null"
          ]
        },
        branch: {
          type: [
            "string",
            "null"
          ]
        },
        sha: {
          type: [
            "string",
            "null"
          ]
        },
        pr: {
          type: [
            "integer",
            "null"
          ]
        },
        created_at: {
          type: "string",
          minLength: 10
        },
        verdict: {
          enum: [
            "pass",
            "regression",
            "inconclusive",
            "improvement",
            "no-baseline",
            "error",
            null
          ]
        },
        score: {
          type: [
            "number",
            "null"
          ]
        },
        ci: {
          $ref: "#/definitions/ci"
        },
        tasks: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/cell"
          }
        },
        best: {
          const: true
        }
      }
    }
  }
};

// schemas/data-summary.schema.json
var data_summary_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/data-summary.schema.json",
  title: "data/runs/<yyyy-mm>/<id>/summary.json",
  description: "The engine's summary.json narrowed to one model.",
  type: "object",
  required: [
    "schema_version",
    "run_id",
    "suite",
    "status",
    "models"
  ],
  properties: {
    schema_version: {
      const: 1
    },
    run_id: {
      type: "string"
    },
    suite: {
      type: "string"
    },
    status: {
      enum: [
        "complete",
        "partial"
      ]
    },
    models: {
      type: "array",
      minItems: 1,
      maxItems: 1,
      items: {
        $ref: "#/definitions/model"
      }
    }
  },
  definitions: {
    interval: {
      type: "object",
      required: [
        "low",
        "high"
      ],
      properties: {
        low: {
          type: "number"
        },
        high: {
          type: "number"
        }
      }
    },
    metric: {
      type: "object",
      required: [
        "n",
        "mean",
        "se",
        "ci",
        "ci_method"
      ],
      properties: {
        n: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0
        },
        mean: {
          type: "number"
        },
        se: {
          type: [
            "number",
            "null"
          ]
        },
        ci: {
          oneOf: [
            {
              $ref: "#/definitions/interval"
            },
            {
              type: "null"
            }
          ]
        },
        ci_method: {
          enum: [
            "wilson",
            "t"
          ]
        }
      }
    },
    task: {
      type: "object",
      required: [
        "task",
        "primary_metric",
        "n",
        "n_planned",
        "samples_per_item",
        "errors",
        "error_rate",
        "metrics",
        "categories",
        "instrument",
        "prompt_hash",
        "weight"
      ],
      properties: {
        task: {
          type: "string"
        },
        primary_metric: {
          type: "string"
        },
        n: {
          type: [
            "integer",
            "null"
          ]
        },
        n_planned: {
          type: [
            "integer",
            "null"
          ]
        },
        higher_is_better: {
          type: "boolean",
          description: "False when a lower primary metric is better (perplexity, loss); absent means true."
        },
        samples_per_item: {
          type: "integer"
        },
        errors: {
          type: "integer"
        },
        error_rate: {
          type: "number"
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/metric"
          }
        },
        categories: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/metric"
          }
        },
        instrument: {
          type: "object",
          required: [
            "scorer",
            "hash",
            "judge"
          ],
          properties: {
            scorer: {
              type: "string"
            },
            version: {
              type: "integer",
              minimum: 1
            },
            hash: {
              type: "string"
            },
            judge: {
              type: [
                "string",
                "null"
              ]
            }
          }
        },
        prompt_hash: {
          type: "string"
        },
        weight: {
          type: "number"
        }
      }
    },
    model: {
      type: "object",
      required: [
        "model",
        "role",
        "step",
        "tasks",
        "aggregate"
      ],
      properties: {
        model: {
          type: "string"
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ]
        },
        step: {
          type: [
            "integer",
            "null"
          ]
        },
        tasks: {
          type: "array",
          items: {
            $ref: "#/definitions/task"
          }
        },
        aggregate: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              required: [
                "score",
                "se",
                "ci"
              ],
              properties: {
                score: {
                  type: "number"
                },
                se: {
                  type: [
                    "number",
                    "null"
                  ]
                },
                ci: {
                  oneOf: [
                    {
                      $ref: "#/definitions/interval"
                    },
                    {
                      type: "null"
                    }
                  ]
                }
              }
            }
          ]
        }
      }
    }
  }
};

// src/publish/git.ts
import { spawn } from "node:child_process";
var PublishError = class extends EvalwardenError {
};
function gitFor(gitDir, options = {}) {
  const header = options.token ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString("base64")}` : null;
  const env = {
    ...process.env,
    GIT_DIR: gitDir,
    // A publisher in CI must fail, not wait for someone to type a password.
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "",
    SSH_ASKPASS: "",
    LC_ALL: "C"
  };
  delete env.GIT_INDEX_FILE;
  delete env.GIT_WORK_TREE;
  if (header) {
    env.GIT_CONFIG_COUNT = "1";
    env.GIT_CONFIG_KEY_0 = "http.extraheader";
    env.GIT_CONFIG_VALUE_0 = header;
  }
  const secrets = [options.token, header].filter((s) => !!s);
  const scrub = (text) => {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
    for (const secret of secrets) out = out.split(secret).join("***");
    return out;
  };
  const run = (args, runOptions = {}) => new Promise((resolve2, reject) => {
    const child = spawn("git", args, { env, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on(
      "error",
      (error) => reject(
        new PublishError("Could not run git.", { hint: "Install git and put it on PATH.", cause: error })
      )
    );
    child.on(
      "close",
      (code) => resolve2({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(runOptions.input ?? "");
  });
  return {
    run,
    scrub,
    async ok(args, runOptions) {
      const result = await run(args, runOptions);
      if (result.code !== 0) {
        throw new PublishError(`git ${args[0]} failed: ${scrub(result.stderr.trim()).slice(0, 2e3)}`);
      }
      return result.stdout;
    }
  };
}

// src/publish/validate-writes.ts
var RULES = [
  [/^data\/index\.json$/, data_index_schema_default, "json"],
  [/^data\/index\/[^/]+\.json$/, data_month_schema_default, "json"],
  [/^data\/series\/[^/]+\.json$/, data_series_schema_default, "json"],
  [/^data\/baselines\.json$/, data_baselines_schema_default, "json"],
  [/^data\/runs\/[^/]+\/[^/]+\/run\.json$/, data_run_schema_default, "json"],
  [/^data\/runs\/[^/]+\/[^/]+\/summary\.json$/, data_summary_schema_default, "json"],
  [/^data\/runs\/[^/]+\/[^/]+\/comparison\.json$/, data_comparison_schema_default, "json"],
  [/^data\/runs\/[^/]+\/[^/]+\/samples\.jsonl$/, data_samples_schema_default, "jsonl"],
  [/^data\/runs\/[^/]+\/[^/]+\/records\.jsonl\.gz$/, data_records_schema_default, "jsonl.gz"]
];
var compiled = null;
function validators() {
  if (!compiled) {
    const ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
    for (const [, schema] of RULES) if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
    compiled = { ajv, get: (schema) => ajv.getSchema(schema.$id) };
  }
  return compiled;
}
function validatingStore(store) {
  return {
    ...store,
    read: (path) => store.read(path),
    remove: (path) => store.remove(path),
    list: (dir) => store.list(dir),
    exists: (path) => store.exists(path),
    prefetch: (paths2) => store.prefetch(paths2),
    async write(path, data) {
      checkProtocolFile(path, data);
      await store.write(path, data);
    }
  };
}
function checkProtocolFile(path, data) {
  const rule = RULES.find(([pattern]) => pattern.test(path));
  if (!rule) return;
  const [, schema, kind] = rule;
  const { ajv, get } = validators();
  const validate = get(schema);
  const text = kind === "jsonl.gz" ? gunzipSync(typeof data === "string" ? Buffer.from(data) : data).toString("utf8") : String(data);
  const values = kind === "json" ? [text] : text.split("\n").filter((line) => line.trim() !== "");
  values.forEach((value, i) => {
    if (validate(JSON.parse(value))) return;
    const where = kind === "json" ? path : `${path}:${i + 1}`;
    throw new PublishError(
      `${where} would not match ${schema.$id.split("/").pop()}: ${ajv.errorsText(validate.errors, { dataVar: "" })}`,
      {
        hint: "Nothing was committed. The data came from the results folder or the publish context: fix it there."
      }
    );
  });
}

// src/publish/store.ts
async function readJson(store, path) {
  const data = await store.read(path);
  return data === null ? null : JSON.parse(data.toString("utf8"));
}
async function writeJson(store, path, value) {
  await store.write(path, `${JSON.stringify(value)}
`);
}

// src/publish/safe-segment.ts
import { createHash } from "node:crypto";
var MAX_LENGTH = 100;
function safeSegment(id) {
  let kept = "";
  for (const ch of id) kept += /^[A-Za-z0-9._-]$/.test(ch) ? ch : "_";
  kept = kept.replace(/^\.+/, "").slice(0, MAX_LENGTH);
  if (kept === "") {
    throw new EvalwardenError(
      `The id ${JSON.stringify(id.slice(0, 40))} has no character that can name a file.`,
      {
        hint: 'Use letters, digits, ".", "_" or "-" in run, model and task ids.'
      }
    );
  }
  if (kept === id) return kept;
  return `${kept}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}`;
}
function publishedRunId(runId, model) {
  return safeSegment(`${runId}--${model}`);
}

// src/publish/layout.ts
var paths = {
  manifest: "data/index.json",
  baselines: "data/baselines.json",
  month: (month) => `data/index/${checkMonth(month)}.json`,
  series: (model) => `data/series/${safeSegment(model)}.json`,
  /** The run folder relative to `data/`, as rows and baselines point at it. */
  runPath: (month, id) => `runs/${checkMonth(month)}/${checkSegment(id)}`,
  runDir: (month, id) => `data/${paths.runPath(month, id)}`
};
var RUN_FILES = {
  run: "run.json",
  summary: "summary.json",
  comparison: "comparison.json",
  records: "records.jsonl.gz",
  samples: "samples.jsonl"
};
function monthOf(iso) {
  const t = Date.parse(iso);
  if (Number.isNaN(t))
    throw new EvalwardenError(`Not a time: ${JSON.stringify(iso)}.`, {
      hint: "run.json needs started_at as an ISO 8601 time."
    });
  return new Date(t).toISOString().slice(0, 7);
}
var SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,108}$/;
function checkSegment(id) {
  if (!SEGMENT.test(id))
    throw new EvalwardenError(`Not a published run id: ${JSON.stringify(id.slice(0, 120))}.`);
  return id;
}
function checkMonth(month) {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new EvalwardenError(`Not a month: ${JSON.stringify(month)}.`);
  return month;
}
function checkSitePath(path) {
  const segments = path.split("/");
  const bad = segments.some((s) => s === "" || s === "." || s === ".." || /[\\\0]/.test(s));
  if (bad) throw new EvalwardenError(`Refusing to write outside the site: ${JSON.stringify(path)}.`);
  return path;
}

// src/publish/protocol.ts
var PROTOCOL_VERSION = 1;
var INDEX_VERSION = 2;
var VERDICTS = [
  "pass",
  "regression",
  "inconclusive",
  "improvement",
  "no-baseline",
  "error"
];

// src/publish/baselines.ts
async function promoteRow(store, row, how) {
  if (row.branch === null) return null;
  const file = await readJson(store, paths.baselines) ?? {
    schema_version: PROTOCOL_VERSION,
    baselines: []
  };
  const same = (b) => b.branch === row.branch && b.model === row.model && b.suite === row.suite;
  const current = file.baselines.find(same);
  if (how.by === "auto" && current && current.run_id !== row.run_id && current.created_at > row.created_at)
    return null;
  const entry = {
    branch: row.branch,
    model: row.model,
    suite: row.suite,
    run_id: row.run_id,
    path: row.path,
    created_at: row.created_at,
    promoted_at: how.now,
    by: how.by,
    reason: how.reason
  };
  file.baselines = [...file.baselines.filter((b) => !same(b)), entry].sort(
    (a, b) => a.branch.localeCompare(b.branch) || a.model.localeCompare(b.model) || a.suite.localeCompare(b.suite)
  );
  await writeJson(store, paths.baselines, file);
  return entry;
}

// src/publish/manifest.ts
var ALERT_LIMIT = 50;
var LEADERBOARD_LIMIT = 60;
function emptyManifest(repository, defaultBranch) {
  return {
    schema_version: INDEX_VERSION,
    generated_at: (/* @__PURE__ */ new Date(0)).toISOString(),
    repository,
    default_branch: defaultBranch,
    months: [],
    run_count: 0,
    suites: [],
    tasks: [],
    models: [],
    leaderboard: [],
    alerts: [],
    retention: { pr_pruned_before: null, records_dropped_before: null }
  };
}
function addRun(manifest, input) {
  const { row } = input;
  if (!manifest.months.includes(input.month)) manifest.months = [...manifest.months, input.month].sort();
  if (input.isNew) manifest.run_count += 1;
  if (!manifest.suites.includes(row.suite)) manifest.suites = [...manifest.suites, row.suite].sort();
  for (const t of input.tasks) {
    const known = manifest.tasks.find((k) => k.task === t.task);
    const category = t.category ?? known?.category ?? null;
    const entry = known ?? { task: t.task, primary_metric: t.primary_metric, category };
    Object.assign(entry, { primary_metric: t.primary_metric, category });
    if (t.higher_is_better === false) entry.higher_is_better = false;
    else delete entry.higher_is_better;
    if (!known) manifest.tasks.push(entry);
  }
  manifest.tasks.sort((a, b) => a.task.localeCompare(b.task));
  let model = manifest.models.find((m) => m.model === row.model);
  if (!model) manifest.models.push(model = { model: row.model, role: row.role, runs: 0, latest_run: null });
  model.role = row.role;
  if (input.isNew) model.runs += 1;
  model.latest_run = row.run_id;
  manifest.models.sort((a, b) => a.model.localeCompare(b.model));
  const lower = input.tasks.length > 0 && input.tasks.every((t) => t.higher_is_better === false);
  if (row.kind !== "pr") updateLeaderboard(manifest, row, lower);
  manifest.alerts = manifest.alerts.filter((a) => a.run_id !== row.run_id);
  if (input.alert) manifest.alerts.push(input.alert);
  manifest.alerts = newestFirst(manifest.alerts).slice(0, ALERT_LIMIT);
}
function removeRuns(manifest, rows) {
  const gone = new Set(rows.map((r) => r.run_id));
  manifest.run_count = Math.max(0, manifest.run_count - rows.length);
  for (const row of rows) {
    const model = manifest.models.find((m) => m.model === row.model);
    if (!model) continue;
    model.runs = Math.max(0, model.runs - 1);
    if (model.latest_run === row.run_id) model.latest_run = null;
  }
  manifest.models = manifest.models.filter((m) => m.runs > 0);
  manifest.alerts = manifest.alerts.filter((a) => !gone.has(a.run_id));
  manifest.leaderboard = manifest.leaderboard.filter((r) => !gone.has(r.run_id));
}
function updateLeaderboard(manifest, row, lowerIsBetter) {
  const same = (r) => r.model === row.model && r.branch === row.branch && r.suite === row.suite;
  const latest = manifest.leaderboard.filter((r) => !r.best);
  let bests = manifest.leaderboard.filter((r) => r.best);
  const current = latest.find(same);
  let rows = latest.filter((r) => r.run_id !== row.run_id);
  if (!current || current.run_id === row.run_id || isLater(row, current)) {
    rows = [...rows.filter((r) => !same(r)), { ...row }];
  }
  rows = newestFirst(rows).slice(0, LEADERBOARD_LIMIT);
  if (row.role === "training" && row.score !== null) {
    const best = bests.find((r) => r.model === row.model && r.suite === row.suite);
    const better = lowerIsBetter ? row.score < (best?.score ?? Infinity) : row.score > (best?.score ?? -Infinity);
    if (!best || best.run_id === row.run_id || better) {
      bests = [
        ...bests.filter((r) => !(r.model === row.model && r.suite === row.suite)),
        { ...row, best: true }
      ];
    }
  }
  manifest.leaderboard = [...rows, ...bests.sort((a, b) => a.model.localeCompare(b.model))];
}
function isLater(row, current) {
  if (row.role === "training" && row.step !== null && current.step !== null) return row.step >= current.step;
  return current.created_at <= row.created_at;
}
function newestFirst(items) {
  return [...items].sort((a, b) => a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0);
}

// src/publish/retention.ts
var DAY_MS = 864e5;
async function applyRetention(store, manifest, retention, now) {
  const prBefore = new Date(now.getTime() - retention.pr_days * DAY_MS).toISOString();
  const recordsBefore = new Date(now.getTime() - retention.drop_records_after_days * DAY_MS).toISOString();
  const done = manifest.retention;
  if (done.pr_pruned_before !== null && done.records_dropped_before !== null && Date.parse(prBefore) - Date.parse(done.pr_pruned_before) < DAY_MS && Date.parse(recordsBefore) - Date.parse(done.records_dropped_before) < DAY_MS) {
    return [];
  }
  const inWindow = (month, doneBefore, before) => month >= (doneBefore ?? "0000-00").slice(0, 7) && month <= before.slice(0, 7);
  const removed = [];
  const months = manifest.months.filter(
    (m) => inWindow(m, done.pr_pruned_before, prBefore) || inWindow(m, done.records_dropped_before, recordsBefore)
  );
  await store.prefetch(months.map(paths.month));
  for (const month of months) {
    const index = await readJson(store, paths.month(month));
    if (!index) continue;
    const keep = [];
    for (const row of index.runs) {
      if (row.kind === "pr" && row.created_at < prBefore) {
        removed.push(row);
        await store.remove(`data/${row.path}`);
        continue;
      }
      if (row.kind === "pr" && row.created_at < recordsBefore)
        await store.remove(`data/${row.path}/${RUN_FILES.records}`);
      keep.push(row);
    }
    if (keep.length === index.runs.length) continue;
    if (keep.length === 0) {
      await store.remove(paths.month(month));
      manifest.months = manifest.months.filter((m) => m !== month);
    } else {
      await writeJson(store, paths.month(month), {
        schema_version: PROTOCOL_VERSION,
        month,
        runs: keep
      });
    }
  }
  manifest.retention = { pr_pruned_before: prBefore, records_dropped_before: recordsBefore };
  return removed;
}

// src/publish/shards.ts
async function upsertMonthRow(store, run) {
  const path = paths.month(run.month);
  const appended = await appendNewest(store, path, "", run.row);
  if (appended) return true;
  const month = await readJson(store, path) ?? {
    schema_version: PROTOCOL_VERSION,
    month: run.month,
    runs: []
  };
  const isNew = !month.runs.some((r) => r.run_id === run.id);
  month.runs = [...month.runs.filter((r) => r.run_id !== run.id), run.row].sort(byCreated);
  await writeJson(store, path, month);
  return isNew;
}
async function upsertSeriesPoint(store, run) {
  const { best: _best, pr: _pr, model: _model, role: _role, ...point } = run.row;
  const training = run.row.role === "training";
  if (!training && await appendNewest(
    store,
    run.seriesPath,
    `"role":${JSON.stringify(run.row.role)},"points":[`,
    point
  ))
    return;
  const series = await readJson(store, run.seriesPath) ?? {
    schema_version: PROTOCOL_VERSION,
    model: run.row.model,
    role: run.row.role,
    points: []
  };
  series.role = run.row.role;
  series.points = [...series.points.filter((p) => p.run_id !== run.id), point].sort(
    training ? byStep : byCreated
  );
  await writeJson(store, run.seriesPath, series);
}
var TAIL = "]}\n";
async function appendNewest(store, path, mustHold, entry) {
  const data = await store.read(path);
  if (data === null) return false;
  const text = data.toString("utf8");
  if (!text.endsWith(TAIL) || mustHold && !text.includes(mustHold)) return false;
  if (text.includes(`"run_id":${JSON.stringify(entry.run_id)}`)) return false;
  const body = text.slice(0, -TAIL.length);
  const empty = body.endsWith("[");
  if (!empty) {
    const at = body.lastIndexOf('"created_at":"');
    if (at < 0) return false;
    const last = body.slice(at + 14, body.indexOf('"', at + 14));
    if (last > entry.created_at) return false;
  }
  await store.write(path, `${body}${empty ? "" : ","}${JSON.stringify(entry)}${TAIL}`);
  return true;
}
function byCreated(a, b) {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0;
}
function byStep(a, b) {
  if (a.step !== null && b.step !== null && a.step !== b.step) return a.step - b.step;
  if (a.step === null !== (b.step === null)) return a.step === null ? 1 : -1;
  return byCreated(a, b);
}

// src/publish/apply.ts
async function applyRuns(store, runs, options) {
  const now = options.now.toISOString();
  await store.prefetch([
    paths.manifest,
    paths.baselines,
    ...runs.flatMap((r) => [paths.month(r.month), r.seriesPath])
  ]);
  const manifest = await readJson(store, paths.manifest) ?? emptyManifest(options.context.repository, options.context.defaultBranch);
  const promoted = [];
  for (const run of runs) {
    await store.remove(run.dir);
    for (const file of run.files) await store.write(`${run.dir}/${file.name}`, file.data);
    const isNew = await upsertMonthRow(store, run);
    if (run.row.kind !== "pr") await upsertSeriesPoint(store, run);
    addRun(manifest, { row: run.row, month: run.month, tasks: run.tasks, alert: run.alert, isNew });
    if (run.autoPromote) {
      const entry = await promoteRow(store, run.row, {
        by: "auto",
        reason: `${run.row.verdict} on ${run.row.branch}`,
        now
      });
      if (entry) promoted.push(entry);
    }
  }
  const pruned = await applyRetention(store, manifest, options.retention, options.now);
  removeRuns(manifest, pruned);
  manifest.schema_version = INDEX_VERSION;
  manifest.generated_at = now;
  manifest.repository = options.context.repository ?? manifest.repository;
  manifest.default_branch = options.context.defaultBranch;
  await writeJson(store, paths.manifest, manifest);
  return { promoted, pruned: pruned.length };
}

// src/publish/dashboard.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var KEEP = /* @__PURE__ */ new Set(["data", ".nojekyll"]);
async function copyDashboard(store, dashboardDir) {
  const files = await listFiles(dashboardDir).catch((error) => {
    throw new EvalwardenError(`Cannot read the dashboard folder ${dashboardDir}.`, {
      hint: "Build the dashboard first (npm run build), or leave out --dashboard.",
      cause: error
    });
  });
  if (!files.includes("index.html")) {
    throw new EvalwardenError(`${dashboardDir} has no index.html: it is not a built dashboard.`, {
      hint: "Point --dashboard at dist/dashboard/."
    });
  }
  for (const name of await store.list("")) if (!KEEP.has(name)) await store.remove(name);
  for (const file of files) await store.write(file, await readFile(join(dashboardDir, ...file.split("/"))));
  return files.length;
}
async function ensureNoJekyll(store) {
  if (!await store.exists(".nojekyll")) await store.write(".nojekyll", "");
}
async function listFiles(root, prefix = "") {
  const out = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!prefix && entry.name === "data") continue;
    if (entry.isDirectory()) out.push(...await listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

// src/publish/options.ts
var publishSchema = config_schema_default.definitions.publish.properties;
function resolvePublishConfig(config = {}) {
  const retention = publishSchema.retention.properties;
  return {
    branch: config.branch ?? publishSchema.branch.default,
    outputs: config.outputs ?? publishSchema.outputs.default,
    inputs: config.inputs ?? publishSchema.inputs.default,
    head_size: config.head_size ?? publishSchema.head_size.default,
    redact: config.redact ?? publishSchema.redact.default,
    retention: {
      pr_days: config.retention?.pr_days ?? retention.pr_days.default,
      drop_records_after_days: config.retention?.drop_records_after_days ?? retention.drop_records_after_days.default
    }
  };
}
function resolveSite(options, config) {
  if (options.remote === void 0 === (options.pagesDir === void 0)) {
    throw new EvalwardenError(
      "Say where to publish: a git remote (--remote) or a folder (--pages-dir), not both.",
      {
        hint: "In GitHub Actions the remote is usually https://github.com/${{ github.repository }}.git with GITHUB_TOKEN."
      }
    );
  }
  if (options.pagesDir !== void 0) return { kind: "folder", dir: options.pagesDir };
  const branch = options.branch ?? config.branch;
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith("-") || branch.includes("..")) {
    throw new EvalwardenError(`Not a branch name: ${JSON.stringify(branch)}.`, {
      hint: "Use a plain branch name such as gh-pages."
    });
  }
  return {
    kind: "git",
    remote: options.remote,
    branch,
    token: options.token ?? null,
    maxAttempts: options.maxAttempts ?? 10,
    log: options.log ?? (() => {
    }),
    beforePush: options.beforePush ?? null
  };
}
function resolveContext(context = {}, run) {
  return {
    repository: context.repository ?? run.git.repository,
    defaultBranch: context.defaultBranch ?? "main",
    kind: context.kind ?? run.kind,
    branch: context.branch ?? run.git.branch,
    sha: context.sha ?? run.git.sha,
    pr: context.pr ?? run.git.pr
  };
}

// src/publish/outputs.ts
var MAX_OUTPUT_CHARS = 2e3;
var REDACTED = "[redacted]";
function outputPolicy(config) {
  const redact = config.redact.map((pattern) => {
    try {
      return new RegExp(pattern, "g");
    } catch (error) {
      throw new EvalwardenError(
        `publish.redact: ${JSON.stringify(pattern)} is not a valid regular expression.`,
        {
          hint: "Fix the pattern in evalwarden.yml; nothing was published.",
          cause: error
        }
      );
    }
  });
  return { outputs: config.outputs, inputs: config.inputs, headSize: config.head_size, redact };
}
function samplesHead(records, headSize) {
  const byTask = /* @__PURE__ */ new Map();
  for (const r of records) {
    const list = byTask.get(r.task);
    if (list) list.push(r);
    else byTask.set(r.task, [r]);
  }
  const head = [];
  for (const task of [...byTask.keys()].sort()) {
    const sorted = byTask.get(task).sort((a, b) => a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : a.sample - b.sample);
    head.push(...sorted.slice(0, headSize));
  }
  return head;
}
function publishableRecord(record, policy, show) {
  const { tool_calls: toolCalls, ...rest } = record;
  const out = { ...rest, answer: clean(record.answer, policy) };
  if (show.outputs) {
    if (toolCalls)
      out.tool_calls = toolCalls.map((call) => ({ ...call, arguments: clean(call.arguments, policy) ?? "" }));
    out.output = clean(record.output, policy);
    out.reasoning = clean(record.reasoning, policy);
    out.details = record.details === null ? null : cleanDeep(record.details, policy);
  } else {
    out.output = null;
    out.reasoning = null;
    out.details = null;
  }
  if (record.input !== void 0 || record.target !== void 0) {
    out.input = show.inputs && record.input ? record.input.map((m) => ({ role: m.role, content: clean(m.content, policy) ?? "" })) : null;
    out.target = show.inputs ? cleanDeep(record.target ?? null, policy) : null;
  }
  return out;
}
function clean(text, policy) {
  if (text === null || text === void 0) return null;
  let out = text;
  for (const pattern of policy.redact) out = out.replace(pattern, REDACTED);
  if (out.length <= MAX_OUTPUT_CHARS) return out;
  out = out.slice(0, MAX_OUTPUT_CHARS);
  return /[\uD800-\uDBFF]$/.test(out) ? out.slice(0, -1) : out;
}
function cleanDeep(value, policy) {
  if (typeof value === "string") return clean(value, policy);
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v, policy));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v, policy)]));
  }
  return value;
}

// src/publish/prepare.ts
import { gzipSync } from "node:zlib";

// src/publish/comparison.ts
function verdictFor(comparison, model) {
  checkComparison(comparison);
  if (Array.isArray(comparison.models)) {
    const share = comparison.models.find((m) => isObject(m) && m.model === model);
    if (!isObject(share)) return null;
    return {
      comparison: { ...comparison, models: [share] },
      verdict: asVerdict(share.verdict),
      alertTasks: alertTasks(share.tasks),
      // A model that is context only (a reference model) is not gated: its drops raise no alert.
      gated: share.gating !== "none"
    };
  }
  if (typeof comparison.model === "string" && comparison.model !== model) return null;
  return {
    comparison,
    verdict: asVerdict(comparison.verdict),
    alertTasks: alertTasks(comparison.tasks),
    gated: comparison.gating !== "none"
  };
}
function checkComparison(comparison) {
  const models = isObject(comparison) ? comparison.models : void 0;
  const ok = isObject(comparison) && (Array.isArray(models) ? models.every((m) => isObject(m) && typeof m.model === "string") : "verdict" in comparison);
  if (!ok) {
    throw new EvalwardenError(
      "The comparison to publish is not a comparison.json of the gate (no models with a model id, no verdict).",
      {
        hint: "Pass the comparison.json that `evalwarden compare` wrote, or none."
      }
    );
  }
}
var ALERTING = /* @__PURE__ */ new Set(["regression", "inconclusive", "error"]);
function isAlerting(verdict) {
  return verdict !== null && ALERTING.has(verdict);
}
function alertTasks(tasks) {
  if (!Array.isArray(tasks)) return [];
  return tasks.filter((t) => isObject(t) && typeof t.task === "string" && ALERTING.has(String(t.verdict))).map((t) => t.task);
}
function asVerdict(value) {
  return typeof value === "string" && VERDICTS.includes(value) ? value : null;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/publish/prepare.ts
var PROMOTABLE = /* @__PURE__ */ new Set(["pass", "improvement", "no-baseline"]);
function prepareRuns(results, context, policy, comparison, now = /* @__PURE__ */ new Date()) {
  return results.summary.models.map((model) => prepareRun(results, model, context, policy, comparison, now));
}
function prepareRun(results, model, context, policy, comparison, now) {
  const id = publishedRunId(results.run.run_id, model.model);
  const createdAt = results.run.finished_at ?? results.run.started_at ?? now.toISOString();
  const month = monthOf(results.run.started_at ?? createdAt);
  const gated = comparison === void 0 ? null : verdictFor(comparison, model.model);
  const verdict = gated?.verdict ?? null;
  const row = {
    run_id: id,
    path: paths.runPath(month, id),
    kind: context.kind,
    suite: results.summary.suite,
    model: model.model,
    role: model.role,
    step: model.step,
    branch: context.branch,
    sha: context.sha,
    pr: context.pr,
    created_at: createdAt,
    verdict,
    score: model.aggregate ? round(model.aggregate.score) : null,
    ci: model.aggregate?.ci ? [round(model.aggregate.ci.low), round(model.aggregate.ci.high)] : null,
    tasks: taskCells(model)
  };
  const records = results.records.get(model.model) ?? [];
  const head = samplesHead(records, policy.headSize);
  const inHead = new Set(head);
  const shown = (level, r) => level === "all" || level === "head" && inHead.has(r);
  const show = (r) => ({ outputs: shown(policy.outputs, r), inputs: shown(policy.inputs, r) });
  const files = [
    { name: RUN_FILES.run, data: json(narrowRun(results.run, model.model, context)) },
    { name: RUN_FILES.summary, data: json(narrowSummary(results.summary, model)) }
  ];
  if (gated) files.push({ name: RUN_FILES.comparison, data: json(gated.comparison) });
  if (records.length > 0) {
    files.push({
      name: RUN_FILES.records,
      data: gzipSync(jsonl(records.map((r) => publishableRecord(r, policy, show(r)))))
    });
  }
  files.push({
    name: RUN_FILES.samples,
    data: jsonl(
      head.map(
        (r) => publishableRecord(r, policy, {
          outputs: policy.outputs !== "none",
          inputs: policy.inputs !== "none"
        })
      )
    )
  });
  return {
    id,
    month,
    dir: paths.runDir(month, id),
    seriesPath: paths.series(model.model),
    files,
    row,
    tasks: model.tasks.map((t) => ({
      task: t.task,
      primary_metric: t.primary_metric,
      category: t.category ?? null,
      ...t.higher_is_better === false ? { higher_is_better: false } : {}
    })),
    alert: isAlerting(verdict) && gated.gated ? {
      run_id: id,
      path: row.path,
      model: model.model,
      suite: row.suite,
      verdict,
      tasks: gated.alertTasks,
      created_at: createdAt
    } : null,
    autoPromote: context.kind === "branch" && context.branch === context.defaultBranch && verdict !== null && PROMOTABLE.has(verdict)
  };
}
function narrowRun(run, model, context) {
  return {
    ...run,
    kind: context.kind,
    models: run.models.filter((m) => m.model === model),
    ...run.sequential && {
      sequential: { ...run.sequential, stops: run.sequential.stops.filter((s) => s.model === model) }
    },
    git: {
      ...run.git,
      repository: context.repository,
      branch: context.branch,
      sha: context.sha,
      pr: context.pr
    }
  };
}
function narrowSummary(summary, model) {
  return { ...summary, models: [model] };
}
function taskCells(model) {
  const cells = {};
  for (const task of model.tasks) {
    const metric = task.metrics[task.primary_metric];
    if (!metric || !Number.isFinite(metric.mean)) continue;
    cells[task.task] = metric.ci ? [round(metric.mean), round(metric.ci.low), round(metric.ci.high)] : [round(metric.mean), null, null];
  }
  return cells;
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}
function json(value) {
  return Buffer.from(`${JSON.stringify(value, null, 1)}
`, "utf8");
}
function jsonl(values) {
  return Buffer.from(values.map((v) => `${JSON.stringify(v)}
`).join(""), "utf8");
}

// src/publish/results-folder.ts
import { existsSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
async function readResultsFolder(dir) {
  const run = await readJsonFile(join2(dir, "run.json"));
  const summary = await readJsonFile(join2(dir, "summary.json"));
  if (run.run_id !== summary.run_id) {
    throw new EvalwardenError(
      `${dir}: run.json is run ${run.run_id} but summary.json is run ${summary.run_id}.`,
      {
        hint: "A results folder holds the artifacts of one run; merge shards with `evalwarden merge` first."
      }
    );
  }
  return { run, summary, records: await readRecordsByModel(join2(dir, "records.jsonl")) };
}
async function readJsonFile(file) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    throw new EvalwardenError(`Cannot read ${file}.`, {
      hint: "Pass --results the folder an `evalwarden run` or `evalwarden import` wrote.",
      cause: error
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EvalwardenError(`${file} is not valid JSON.`, { cause: error });
  }
}
async function readRecordsByModel(file) {
  const byModel = /* @__PURE__ */ new Map();
  if (!existsSync(file)) return byModel;
  for await (const record of readRecords(file)) {
    const list = byModel.get(record.model) ?? [];
    list.push(record);
    byModel.set(record.model, list);
  }
  return byModel;
}

// src/publish/site.ts
import { gunzipSync as gunzipSync2, gzipSync as gzipSync2 } from "node:zlib";

// src/publish/git-publisher.ts
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// src/publish/git-store.ts
var COMMITTER = "evalwarden <evalwarden@users.noreply.github.com>";
function gitTreeStore(git, base) {
  const ops = [];
  const lastOp = (path) => {
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i];
      if (op.path === path || op.kind === "remove" && path.startsWith(`${op.path}/`)) return op;
    }
    return void 0;
  };
  const baseEntries = async (dir) => {
    if (base === null) return [];
    const treeish = dir === "" ? `${base}^{tree}` : `${base}:${dir}`;
    const result = await git.run(["ls-tree", "--name-only", "-z", treeish]);
    if (result.code !== 0) return [];
    return result.stdout.toString("utf8").split("\0").filter(Boolean);
  };
  const known = /* @__PURE__ */ new Map();
  const blobId = async (path) => {
    if (base === null) return null;
    if (!known.has(path)) {
      const result = await git.run(["rev-parse", "--verify", "--quiet", `${base}:${path}`]);
      known.set(path, result.code === 0 ? result.stdout.toString("utf8").trim() : null);
    }
    return known.get(path);
  };
  const baseHas = async (path) => await blobId(path) !== null;
  return {
    async read(path) {
      checkSitePath(path);
      const op = lastOp(path);
      if (op) return op.kind === "write" ? op.data : null;
      const id = await blobId(path);
      return id === null ? null : git.ok(["cat-file", "blob", id]);
    },
    async prefetch(paths2) {
      const wanted = [...new Set(paths2.map(checkSitePath))].filter((p) => !known.has(p) && !lastOp(p));
      if (base === null || wanted.length === 0) return;
      const listed = await git.ok(["ls-tree", "-z", base, "--", ...wanted]);
      const ids = [];
      for (const p of wanted) known.set(p, null);
      for (const entry of listed.toString("utf8").split("\0").filter(Boolean)) {
        const [meta, path] = entry.split("	");
        const [, type, id] = meta.split(" ");
        if (type !== "blob") continue;
        known.set(path, id);
        ids.push(id);
      }
      await Promise.all(
        ids.map(
          (id) => git.ok(
            [
              "-c",
              "fetch.negotiationAlgorithm=noop",
              "fetch",
              "--quiet",
              "origin",
              "--no-tags",
              "--no-write-fetch-head",
              "--recurse-submodules=no",
              "--filter=blob:none",
              "--stdin"
            ],
            { input: `${id}
` }
          )
        )
      );
    },
    async write(path, data) {
      ops.push({
        kind: "write",
        path: checkSitePath(path),
        data: Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8")
      });
    },
    async remove(path) {
      ops.push({ kind: "remove", path: checkSitePath(path) });
    },
    async exists(path) {
      checkSitePath(path);
      const op = lastOp(path);
      if (op) return op.kind === "write";
      if (ops.some((o) => o.kind === "write" && o.path.startsWith(`${path}/`))) return true;
      return baseHas(path);
    },
    async list(dir) {
      const names = new Set(await baseEntries(dir));
      const prefix = dir === "" ? "" : `${dir}/`;
      for (const op of ops) {
        if (op.kind === "remove" && (op.path === dir || dir.startsWith(`${op.path}/`))) names.clear();
        if (!op.path.startsWith(prefix)) continue;
        const name = op.path.slice(prefix.length).split("/")[0];
        if (op.kind === "write") names.add(name);
        else if (!op.path.slice(prefix.length).includes("/")) names.delete(name);
      }
      return [...names].sort();
    },
    async commit(message) {
      const now = Math.floor(Date.now() / 1e3);
      const chunks = [];
      const text = (s) => chunks.push(Buffer.from(s, "utf8"));
      const msg = Buffer.from(message, "utf8");
      text(
        `reset refs/evalwarden/publish
commit refs/evalwarden/publish
committer ${COMMITTER} ${now} +0000
data ${msg.length}
`
      );
      chunks.push(msg);
      text("\n");
      if (base !== null) text(`from ${base}
`);
      for (const op of ops) {
        if (op.kind === "remove") text(`D ${op.path}
`);
        else {
          text(`M 100644 inline ${op.path}
data ${op.data.length}
`);
          chunks.push(op.data);
          text("\n");
        }
      }
      text("\n");
      await git.ok(
        ["-c", "fastimport.unpackLimit=0", "fast-import", "--quiet", "--force", "--date-format=raw"],
        { input: Buffer.concat(chunks) }
      );
      return git.ok(["rev-parse", "refs/evalwarden/publish"]).then((b) => b.toString("utf8").trim());
    }
  };
}

// src/publish/git-publisher.ts
async function editPagesBranch(target, message, edit) {
  const dir = await mkdtemp(join3(tmpdir(), "evalwarden-pages-"));
  const git = gitFor(dir, { token: target.token });
  try {
    await git.ok(["init", "--quiet", "--bare", dir]);
    await appendFile(join3(dir, "config"), repositoryConfig(target.remote));
    for (let attempt = 1; ; attempt++) {
      const base = await fetchTip(git, target);
      if (base === "forbidden") return forbidden(git, target, attempt, "read");
      const store = gitTreeStore(git, base);
      const value = await edit(store);
      const commit = await store.commit(message);
      if (target.beforePush) await target.beforePush();
      const outcome = await push(git, target, commit);
      if (outcome === "ok") return { status: "published", value, commit, attempts: attempt, notice: null };
      if (outcome === "forbidden") return forbidden(git, target, attempt, "push to");
      if (attempt >= target.maxAttempts) {
        throw new PublishError(
          `Gave up publishing to ${git.scrub(target.remote)} ${target.branch} after ${attempt} attempts: other publishers kept pushing first.`,
          {
            hint: "Run the publish again, or publish from one merge job instead of every matrix job."
          }
        );
      }
      const delay = Math.min(4e3, 200 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      target.log(
        `${target.branch} moved while publishing; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${target.maxAttempts}).`
      );
      await sleep(delay);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function fetchTip(git, target) {
  const ref = `refs/remotes/origin/${target.branch}`;
  const result = await git.run([
    "fetch",
    "--quiet",
    "--no-tags",
    "--depth=1",
    "--filter=blob:none",
    "origin",
    `+refs/heads/${target.branch}:${ref}`
  ]);
  if (result.code !== 0) {
    if (/couldn't find remote ref/i.test(result.stderr)) return null;
    if (isAuthFailure(result.stderr)) return "forbidden";
    throw new PublishError(
      `Could not fetch ${target.branch} from ${git.scrub(target.remote)}: ${git.scrub(result.stderr.trim())}`,
      {
        hint: "Check the remote URL and that the runner can reach it."
      }
    );
  }
  if (/filtering not recognized/i.test(result.stderr))
    target.log("The remote does not support partial clone: fetching every file of the branch (slower).");
  return (await git.ok(["rev-parse", ref])).toString("utf8").trim();
}
async function push(git, target, commit) {
  const result = await git.run([
    "push",
    "--porcelain",
    "--quiet",
    "--no-verify",
    "origin",
    `${commit}:refs/heads/${target.branch}`
  ]);
  if (result.code === 0) return "ok";
  const text = `${result.stdout.toString("utf8")}
${result.stderr}`;
  if (/\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info/i.test(
    text
  ))
    return "race";
  if (isAuthFailure(text)) return "forbidden";
  throw new PublishError(
    `Could not push to ${target.branch} of ${git.scrub(target.remote)}: ${git.scrub(text.trim()).slice(0, 2e3)}`,
    {
      hint: "A branch protection rule or a server hook may refuse the push; evalwarden never force-pushes."
    }
  );
}
function repositoryConfig(remote) {
  return [
    "[core]",
    "	repositoryformatversion = 1",
    "	compression = 1",
    "[gc]",
    "	auto = 0",
    "[maintenance]",
    "	auto = false",
    "[extensions]",
    "	partialClone = origin",
    '[remote "origin"]',
    `	url = ${configValue(remote)}`,
    "	promisor = true",
    "	partialclonefilter = blob:none",
    ""
  ].join("\n");
}
function configValue(value) {
  if (/[\n\r\0]/.test(value)) throw new PublishError("A remote URL cannot hold a line break.");
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function isAuthFailure(text) {
  return /\b403\b|\b401\b|permission to .* denied|denied to|authentication failed|could not read username|terminal prompts disabled|protected branch/i.test(
    text
  );
}
function forbidden(git, target, attempts, verb) {
  return {
    status: "forbidden",
    value: null,
    commit: null,
    attempts,
    notice: `evalwarden could not ${verb} the ${target.branch} branch of ${git.scrub(target.remote)}: permission denied, so the results were not published. Give the job \`permissions: contents: write\` (or publish with --pages-dir and actions/deploy-pages). The verdict is not affected.`
  };
}

// src/publish/folder-store.ts
import { mkdir, readdir as readdir2, readFile as readFile3, rename, rm as rm2, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
function folderStore(root) {
  const base = resolve(root);
  const at = (path) => {
    const full = resolve(base, checkSitePath(path));
    if (!full.startsWith(base + sep)) throw new EvalwardenError(`Refusing to write outside ${base}: ${path}`);
    return full;
  };
  return {
    async read(path) {
      try {
        return await readFile3(at(path));
      } catch (error) {
        if (error.code === "ENOENT") return null;
        throw error;
      }
    },
    async write(path, data) {
      const full = at(path);
      await mkdir(dirname(full), { recursive: true });
      const tmp = `${full}.${randomBytes(4).toString("hex")}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, full);
    },
    async remove(path) {
      await rm2(at(path), { recursive: true, force: true });
    },
    async list(dir) {
      try {
        return await readdir2(dir === "" ? base : at(dir));
      } catch (error) {
        if (error.code === "ENOENT") return [];
        throw error;
      }
    },
    async prefetch() {
    },
    async exists(path) {
      return stat(at(path)).then(
        () => true,
        () => false
      );
    }
  };
}

// src/publish/site.ts
async function editSite(site, message, edit, secrets = []) {
  const scrub = scrubber([...secrets, ...site.kind === "git" && site.token ? [site.token] : []]);
  const scrubbed = (store) => edit(scrubbingStore(store, scrub));
  if (site.kind === "git") return editPagesBranch(site, message, scrubbed);
  const value = await scrubbed(folderStore(site.dir));
  return { status: "published", value, commit: null, attempts: 1, notice: null };
}
function scrubbingStore(store, scrub) {
  const scrubbed = (path, data) => {
    if (typeof data === "string") return scrub(data);
    if (path.endsWith(".gz")) {
      const text = gunzipSync2(data).toString("utf8");
      const clean2 = scrub(text);
      return clean2 === text ? data : gzipSync2(clean2);
    }
    return /\.(json|jsonl|txt|md|csv)$/.test(path) ? Buffer.from(scrub(data.toString("utf8"))) : data;
  };
  return {
    read: (path) => store.read(path),
    write: (path, data) => store.write(path, scrubbed(path, data)),
    remove: (path) => store.remove(path),
    list: (dir) => store.list(dir),
    exists: (path) => store.exists(path),
    prefetch: (paths2) => store.prefetch(paths2)
  };
}

// src/publish/publish-run.ts
async function publishRun(options) {
  const config = resolvePublishConfig(options.config);
  const site = resolveSite(options, config);
  const policy = outputPolicy(config);
  const results = await readResultsFolder(options.resultsDir);
  const context = resolveContext(options.context, results.run);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const runs = prepareRuns(results, context, policy, options.comparison, now);
  const message = `evalwarden: publish ${results.run.run_id} (${runs.map((r) => r.row.model).join(", ")})`;
  const edit = await editSite(
    site,
    message,
    async (pages) => {
      const store = validatingStore(pages);
      const applied = await applyRuns(store, runs, { context, retention: config.retention, now });
      if (options.dashboardDir) await copyDashboard(store, options.dashboardDir);
      await ensureNoJekyll(store);
      return applied;
    },
    options.secrets
  );
  return {
    status: edit.status,
    runs: runs.map((r) => ({ run_id: r.id, path: r.row.path, model: r.row.model, verdict: r.row.verdict })),
    promoted: edit.value?.promoted ?? [],
    pruned: edit.value?.pruned ?? 0,
    commit: edit.commit,
    attempts: edit.attempts,
    notice: edit.notice
  };
}

// src/publish/promote.ts
async function promote(options) {
  const config = resolvePublishConfig(options.config);
  const site = resolveSite(options, config);
  const id = SEGMENT.test(options.runId) ? options.runId : safeSegment(options.runId);
  const now = (options.now ?? /* @__PURE__ */ new Date()).toISOString();
  const edit = await editSite(site, `evalwarden: promote ${id}`, async (store) => {
    const manifest = await readJson(store, paths.manifest);
    for (const month of [...manifest?.months ?? []].reverse()) {
      if (!await store.exists(`${paths.runDir(month, id)}/run.json`)) continue;
      const row = (await readJson(store, paths.month(month)))?.runs.find((r) => r.run_id === id);
      if (!row) break;
      if (row.branch === null)
        throw new EvalwardenError(`Run ${id} has no branch, so it cannot be a branch's baseline.`);
      return promoteRow(store, row, { by: "manual", reason: options.reason ?? "promoted by hand", now });
    }
    throw new EvalwardenError(`No published run ${JSON.stringify(options.runId)}.`, {
      hint: "Use a run id as listed in data/index/<yyyy-mm>.json of the pages branch, e.g. <run_id>--<model>."
    });
  });
  return { status: edit.status, baseline: edit.value ?? null, commit: edit.commit, notice: edit.notice };
}

export {
  safeSegment,
  publishRun,
  promote
};
