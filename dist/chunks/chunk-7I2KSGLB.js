import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/config.schema.json",
  title: "evalwarden.yml",
  description: "What to evaluate, on which models, and what fails the job.",
  type: "object",
  additionalProperties: false,
  required: [
    "models",
    "tasks"
  ],
  properties: {
    version: {
      const: 1,
      default: 1,
      description: "Config format version."
    },
    models: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/model"
      }
    },
    tasks: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/task"
      }
    },
    suites: {
      type: "object",
      description: "Named collections of tasks. `quick` and `full` exist even when not written: full = every task, quick = every task at its quick_size.",
      propertyNames: {
        pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
      },
      additionalProperties: {
        $ref: "#/definitions/suite"
      },
      default: {}
    },
    run: {
      $ref: "#/definitions/run",
      default: {}
    },
    gate: {
      $ref: "#/definitions/gate",
      default: {}
    },
    judge: {
      $ref: "#/definitions/judge"
    },
    publish: {
      $ref: "#/definitions/publish",
      default: {}
    }
  },
  definitions: {
    id: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",
      description: "Letters, digits, '.', '_' and '-'; it becomes part of file names."
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "base_url",
        "model"
      ],
      properties: {
        id: {
          $ref: "#/definitions/id",
          description: "The model's name in this config; runs are matched on it."
        },
        provider: {
          enum: [
            "openai-compatible",
            "openai"
          ],
          default: "openai-compatible"
        },
        base_url: {
          type: "string",
          pattern: "^https?://",
          description: "e.g. http://127.0.0.1:8000/v1 for vLLM."
        },
        model: {
          type: "string",
          minLength: 1,
          description: "The served model name (what /v1/models lists)."
        },
        api_key_env: {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          description: "Name of the environment variable that holds the API key. Keys are never written in the config."
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ],
          default: "candidate"
        },
        step: {
          type: "integer",
          minimum: 0,
          description: "Training step of a checkpoint (role: training)."
        },
        revision: {
          type: "string",
          minLength: 1,
          description: "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too."
        },
        params: {
          $ref: "#/definitions/params",
          default: {}
        },
        system: {
          type: "string",
          description: "System prompt for every task that has none of its own."
        },
        api: {
          enum: [
            "chat",
            "completions"
          ],
          default: "chat"
        },
        price: {
          type: "object",
          additionalProperties: false,
          properties: {
            input_per_mtok: {
              type: "number",
              minimum: 0,
              default: 0
            },
            output_per_mtok: {
              type: "number",
              minimum: 0,
              default: 0
            }
          },
          default: {}
        }
      }
    },
    params: {
      type: "object",
      additionalProperties: false,
      properties: {
        temperature: {
          type: "number",
          minimum: 0,
          maximum: 2
        },
        top_p: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1
        },
        max_tokens: {
          type: "integer",
          minimum: 1
        },
        seed: {
          type: "integer"
        },
        stop: {
          type: "array",
          items: {
            type: "string"
          },
          maxItems: 4
        },
        extra_body: {
          type: "object",
          description: "Sent as is (e.g. vLLM's top_k)."
        }
      }
    },
    dataset: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Relative to the config file."
        },
        url: {
          type: "string",
          pattern: "^(https?://|hf://datasets/)",
          description: "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file."
        },
        sha256: {
          type: "string",
          pattern: "^[a-f0-9]{64}$"
        },
        format: {
          enum: [
            "jsonl",
            "csv",
            "yaml",
            "json"
          ]
        }
      },
      oneOf: [
        {
          required: [
            "path"
          ],
          not: {
            required: [
              "url"
            ]
          }
        },
        {
          required: [
            "url",
            "sha256"
          ],
          not: {
            required: [
              "path"
            ]
          }
        }
      ]
    },
    fields: {
      type: "object",
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          default: "id"
        },
        input: {
          type: "string",
          default: "input"
        },
        target: {
          type: "string",
          default: "target"
        },
        category: {
          type: "string",
          default: "category"
        },
        cluster: {
          type: "string",
          default: "cluster"
        }
      }
    },
    scorer: {
      type: "object",
      required: [
        "type"
      ],
      properties: {
        type: {
          type: "string"
        }
      }
    },
    task: {
      type: "object",
      additionalProperties: false,
      required: [
        "id"
      ],
      properties: {
        id: {
          $ref: "#/definitions/id"
        },
        builtin: {
          enum: [
            "gsm8k",
            "ifeval",
            "golden-math",
            "golden-reasoning",
            "golden-coding",
            "golden-hallucination",
            "golden-rag",
            "golden-instruction-following",
            "golden-safety"
          ],
          description: "Use a built-in task definition; fields written here override it."
        },
        description: {
          type: "string"
        },
        dataset: {
          $ref: "#/definitions/dataset"
        },
        fields: {
          $ref: "#/definitions/fields",
          default: {}
        },
        prompt: {
          type: "string",
          minLength: 1,
          description: "Template; {{field}} is replaced by the row's field."
        },
        system: {
          type: "string"
        },
        scorer: {
          oneOf: [
            {
              type: "string"
            },
            {
              $ref: "#/definitions/scorer"
            }
          ]
        },
        primary_metric: {
          type: "string"
        },
        samples: {
          type: "integer",
          minimum: 1,
          maximum: 64,
          default: 1,
          description: "mean@N: samples per item."
        },
        weight: {
          type: "number",
          exclusiveMinimum: 0,
          default: 1
        },
        quick_size: {
          type: "integer",
          minimum: 1,
          description: "Items in the quick suite (stratified by category)."
        },
        gate: {
          $ref: "#/definitions/taskGate"
        }
      }
    },
    suite: {
      type: "object",
      additionalProperties: false,
      properties: {
        description: {
          type: "string"
        },
        tasks: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/id"
          },
          description: "Task ids; all tasks when left out."
        },
        size: {
          description: "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.",
          oneOf: [
            {
              enum: [
                "all",
                "quick"
              ]
            },
            {
              type: "integer",
              minimum: 1
            }
          ],
          default: "all"
        }
      }
    },
    run: {
      type: "object",
      additionalProperties: false,
      properties: {
        concurrency: {
          description: "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.",
          oneOf: [
            {
              const: "auto"
            },
            {
              type: "integer",
              minimum: 1,
              maximum: 4096
            }
          ],
          default: "auto"
        },
        rps: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Global limit of requests started per second."
        },
        timeout_ms: {
          type: "integer",
          minimum: 100,
          default: 12e4
        },
        max_retries: {
          type: "integer",
          minimum: 0,
          maximum: 20,
          default: 6
        },
        max_cost: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Budget in the price unit: no call starts once reached."
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed for item sampling."
        },
        default_quick_size: {
          type: "integer",
          minimum: 1,
          default: 50
        },
        cache: {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              type: "boolean",
              default: true
            },
            dir: {
              type: "string",
              default: ".evalwarden/cache"
            },
            max_age_hours: {
              type: "number",
              exclusiveMinimum: 0,
              default: 168
            },
            canaries: {
              type: "integer",
              minimum: 1,
              default: 32,
              description: "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run."
            }
          },
          default: {}
        }
      }
    },
    taskGate: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_drop: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5
        },
        critical: {
          type: "boolean"
        },
        min_items: {
          type: "integer",
          minimum: 1
        },
        max_error_rate: {
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    },
    gate: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_drop: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.02
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5,
          default: 0.05
        },
        min_items: {
          type: "integer",
          minimum: 1,
          default: 20
        },
        max_error_rate: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.05
        },
        correction: {
          enum: [
            "holm",
            "bh",
            "none"
          ],
          default: "holm"
        },
        paired_test: {
          enum: [
            "auto",
            "t",
            "bootstrap"
          ],
          default: "auto",
          description: "auto: exact McNemar for 0/1 scores, paired t otherwise."
        },
        fail_on: {
          type: "array",
          items: {
            enum: [
              "regression",
              "inconclusive",
              "error",
              "no-baseline"
            ]
          },
          uniqueItems: true,
          default: [
            "regression",
            "error"
          ]
        },
        baseline: {
          type: "object",
          additionalProperties: false,
          properties: {
            source: {
              type: "string",
              description: "A results folder, a pages data folder, or a git URL of the pages branch."
            },
            run: {
              type: "string",
              description: "A pinned run id."
            }
          },
          default: {}
        },
        accept: {
          type: "array",
          description: "Intended drops, accepted by a maintainer (read from the base branch's config).",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "task",
              "reason"
            ],
            properties: {
              task: {
                type: "string"
              },
              model: {
                type: "string"
              },
              reason: {
                type: "string",
                minLength: 1
              },
              until: {
                type: "string",
                format: "date"
              }
            }
          },
          default: []
        },
        accept_label: {
          type: "string",
          default: "evalwarden:accept"
        }
      }
    },
    judge: {
      type: "object",
      additionalProperties: false,
      required: [
        "model"
      ],
      properties: {
        model: {
          $ref: "#/definitions/id",
          description: "Id of a model in `models` that judges."
        },
        rubric: {
          type: "string"
        },
        max_score: {
          type: "number",
          exclusiveMinimum: 0,
          default: 10
        },
        rejudge_baseline: {
          type: "boolean",
          default: true,
          description: "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)."
        }
      }
    },
    publish: {
      type: "object",
      additionalProperties: false,
      properties: {
        branch: {
          type: "string",
          default: "gh-pages"
        },
        outputs: {
          enum: [
            "none",
            "head",
            "all"
          ],
          default: "head"
        },
        head_size: {
          type: "integer",
          minimum: 0,
          maximum: 1e3,
          default: 50
        },
        redact: {
          type: "array",
          items: {
            type: "string"
          },
          default: []
        },
        retention: {
          type: "object",
          additionalProperties: false,
          properties: {
            pr_days: {
              type: "integer",
              minimum: 1,
              default: 90
            },
            drop_records_after_days: {
              type: "integer",
              minimum: 1,
              default: 30
            }
          },
          default: {}
        }
      }
    }
  }
};

export {
  config_schema_default
};
