import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-UA4HWNG3.js";
import {
  DataError,
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import {
  __toESM
} from "./chunk-QTR7GT5E.js";

// src/run/atomic-write.ts
import { rename, rm, writeFile } from "node:fs/promises";
async function writeFileAtomic(file, data) {
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => void 0);
    throw writeError(file, error);
  }
}
function writeError(file, error) {
  const code = error.code;
  const detail = error instanceof Error ? error.message : String(error);
  return new EvalwardenError(`cannot write ${file}: ${detail}`, {
    hint: code === "ENOSPC" ? "the disk is full: free space, then run again with --resume to keep what finished" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "the folder is not writable: choose another with --out" : void 0,
    cause: error
  });
}

// src/run/records-file.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { open, stat, truncate } from "node:fs/promises";
import { createGunzip } from "node:zlib";

// src/artifact-schemas.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/record.schema.json
var record_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/record.schema.json",
  title: "a line of records.jsonl",
  description: "One task \xD7 item \xD7 sample \xD7 model. An infrastructure failure is `error`, never a score of 0.",
  type: "object",
  additionalProperties: false,
  required: [
    "schema_version",
    "run_id",
    "model",
    "task",
    "item_id",
    "item_hash",
    "sample",
    "category",
    "cluster",
    "prompt_hash",
    "output",
    "reasoning",
    "score",
    "scores",
    "answer",
    "details",
    "latency_ms",
    "usage",
    "cost",
    "cached",
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
    category: {
      type: [
        "string",
        "null"
      ]
    },
    cluster: {
      type: [
        "string",
        "null"
      ]
    },
    prompt_hash: {
      type: "string"
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
      ]
    },
    reasoning: {
      type: [
        "string",
        "null"
      ]
    },
    tool_calls: {
      description: "The reply's tool calls, in order; absent when it made none. `arguments` is the JSON text the model wrote, unparsed.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "id",
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
            type: "string"
          }
        }
      }
    },
    score: {
      type: [
        "number",
        "null"
      ],
      minimum: 0,
      maximum: 1
    },
    scores: {
      type: "object",
      additionalProperties: {
        type: "number"
      }
    },
    weights: {
      type: "object",
      additionalProperties: {
        type: "number",
        minimum: 0
      }
    },
    answer: {
      type: [
        "string",
        "null"
      ]
    },
    details: {
      type: [
        "object",
        "null"
      ]
    },
    latency_ms: {
      type: [
        "number",
        "null"
      ]
    },
    usage: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "prompt",
            "completion"
          ],
          properties: {
            prompt: {
              type: "integer",
              minimum: 0
            },
            completion: {
              type: "integer",
              minimum: 0
            }
          }
        }
      ]
    },
    cost: {
      type: [
        "number",
        "null"
      ]
    },
    cached: {
      type: "boolean"
    },
    error: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
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

// schemas/run.schema.json
var run_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/run.schema.json",
  title: "run.json",
  description: "Where a run came from: provenance of config, datasets, models, git and counts.",
  type: "object",
  additionalProperties: false,
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
    "shard",
    "started_at",
    "finished_at",
    "status",
    "stopped_reason",
    "counts"
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
        additionalProperties: false,
        required: [
          "task",
          "path",
          "sha256",
          "items"
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
            type: "integer",
            minimum: 0
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
          "step",
          "served_model",
          "endpoint",
          "endpoint_kind",
          "revision",
          "params"
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
          served_model: {
            type: "string"
          },
          endpoint: {
            type: "string"
          },
          endpoint_kind: {
            type: "string"
          },
          revision: {
            type: [
              "string",
              "null"
            ]
          },
          params: {
            type: "object"
          },
          cache: {
            description: "Whether cached replies were reused for this model, and what vouched for them; null: cache off or unused.",
            oneOf: [
              { type: "null" },
              {
                type: "object",
                additionalProperties: false,
                required: ["used", "note", "canaries"],
                properties: {
                  used: { type: "boolean" },
                  note: { type: "string" },
                  canaries: {
                    oneOf: [
                      { type: "null" },
                      {
                        type: "object",
                        additionalProperties: false,
                        required: ["asked", "differ", "failed"],
                        properties: {
                          asked: { type: "integer", minimum: 1 },
                          differ: { type: "integer", minimum: 0 },
                          failed: { type: "integer", minimum: 0 }
                        }
                      }
                    ]
                  }
                }
              }
            ]
          }
        }
      }
    },
    git: {
      type: "object",
      additionalProperties: false,
      required: [
        "sha",
        "ref",
        "branch",
        "repository",
        "pr",
        "event",
        "base_ref",
        "base_sha"
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
    shard: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "index",
            "count"
          ],
          properties: {
            index: {
              type: "integer",
              minimum: 1
            },
            count: {
              type: "integer",
              minimum: 1
            }
          }
        }
      ]
    },
    started_at: {
      type: [
        "string",
        "null"
      ]
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
    },
    stopped_reason: {
      type: [
        "string",
        "null"
      ]
    },
    counts: {
      type: "object",
      additionalProperties: false,
      required: [
        "planned",
        "done",
        "errors",
        "requests",
        "cached"
      ],
      properties: {
        planned: {
          type: "integer",
          minimum: 0
        },
        done: {
          type: "integer",
          minimum: 0
        },
        errors: {
          type: "integer",
          minimum: 0
        },
        requests: {
          type: "integer",
          minimum: 0
        },
        cached: {
          type: "integer",
          minimum: 0
        }
      }
    }
  }
};

// schemas/summary.schema.json
var summary_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/summary.schema.json",
  title: "summary.json",
  description: "Per model and task: n, errors, metrics with standard errors and 95% CIs, categories, latency, tokens, cost; the suite's weighted aggregate.",
  type: "object",
  additionalProperties: false,
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
      items: {
        $ref: "#/definitions/model"
      }
    }
  },
  definitions: {
    interval: {
      type: "object",
      additionalProperties: false,
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
      additionalProperties: false,
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
    distribution: {
      type: "object",
      additionalProperties: false,
      required: [
        "p50",
        "p95"
      ],
      properties: {
        p50: {
          type: [
            "number",
            "null"
          ]
        },
        p95: {
          type: [
            "number",
            "null"
          ]
        }
      }
    },
    tokens: {
      type: "object",
      additionalProperties: false,
      required: [
        "prompt",
        "completion"
      ],
      properties: {
        prompt: {
          type: "integer",
          minimum: 0
        },
        completion: {
          type: "integer",
          minimum: 0
        }
      }
    },
    instrument: {
      type: "object",
      additionalProperties: false,
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
    task: {
      type: "object",
      additionalProperties: false,
      required: [
        "task",
        "primary_metric",
        "n",
        "n_planned",
        "samples_per_item",
        "errors",
        "error_rate",
        "metrics",
        "sample_spread",
        "categories",
        "latency_ms",
        "tokens",
        "cost",
        "weight",
        "instrument",
        "prompt_hash"
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
          ],
          minimum: 0
        },
        n_planned: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0
        },
        higher_is_better: {
          type: "boolean",
          description: "False when a lower primary metric is better (perplexity, loss); absent means true."
        },
        samples_per_item: {
          type: "integer",
          minimum: 1
        },
        errors: {
          type: "integer",
          minimum: 0
        },
        error_rate: {
          type: "number",
          minimum: 0
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/metric"
          }
        },
        sample_spread: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "mean_item_std"
              ],
              properties: {
                mean_item_std: {
                  type: "number"
                }
              }
            }
          ]
        },
        categories: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/metric"
          }
        },
        latency_ms: {
          $ref: "#/definitions/distribution"
        },
        tokens: {
          $ref: "#/definitions/tokens"
        },
        cost: {
          type: "number"
        },
        weight: {
          type: "number"
        },
        instrument: {
          $ref: "#/definitions/instrument"
        },
        prompt_hash: {
          type: "string"
        },
        category: {
          description: "The task's category (tasks[].category of the config); absent in older summaries.",
          type: [
            "string",
            "null"
          ]
        }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "model",
        "role",
        "step",
        "served_model",
        "params_hash",
        "tasks",
        "aggregate",
        "tokens",
        "cost"
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
        served_model: {
          type: "string"
        },
        params_hash: {
          type: "string"
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
              additionalProperties: false,
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
        },
        tokens: {
          $ref: "#/definitions/tokens"
        },
        cost: {
          type: "number"
        }
      }
    }
  }
};

// src/artifact-schemas.ts
var compiled = /* @__PURE__ */ new Map();
function validator(schema) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new import_ajv.Ajv({ allErrors: true, strict: false }).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
var artifactValidators = {
  record: () => validator(record_schema_default),
  summary: () => validator(summary_schema_default),
  run: () => validator(run_schema_default)
};

// src/run/records-file.ts
function recordKey(r) {
  return [r.model, r.task, r.item_id, r.sample].join("\0");
}
var RecordWriter = class {
  #fd;
  #file;
  #pending = [];
  #scheduled = false;
  /** A failed write (a full disk): the next write or the close throws it, so the run stops. */
  #failure;
  #scrub;
  /** `scrub` sees every line before it is written: no secret reaches the file. */
  constructor(file, scrub) {
    this.#file = file;
    this.#fd = openSync(file, "a");
    this.#scrub = scrub;
  }
  write(record) {
    if (this.#failure) throw this.#failure;
    this.#pending.push(`${this.#scrub(JSON.stringify(record))}
`);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => this.#flush());
    }
  }
  close() {
    this.#flush();
    closeSync(this.#fd);
    if (this.#failure) throw this.#failure;
  }
  #flush() {
    this.#scheduled = false;
    if (this.#pending.length === 0 || this.#failure) return;
    const bytes = Buffer.from(this.#pending.join(""));
    this.#pending = [];
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(this.#fd, bytes, written);
    } catch (error) {
      this.#failure = writeError(this.#file, error);
    }
  }
};
async function* readRecords(file, options = {}) {
  const resume = options.mode === "resume";
  let input;
  try {
    input = await openRecords(file);
  } catch (error) {
    if (resume && error.code === "ENOENT") return;
    throw new DataError({ file }, "cannot read the records file", {
      hint: "point at a results folder written by `evalwarden run`",
      cause: error
    });
  }
  const validate = artifactValidators.record();
  let line = 0;
  let rest = "";
  for await (const chunk of input) {
    const rows = (rest + chunk).split("\n");
    rest = rows.pop() ?? "";
    for (const row of rows) {
      line++;
      const record2 = parseRecord(row, file, line, validate);
      if (record2) yield record2;
    }
  }
  if (rest === "") return;
  line++;
  if (resume) {
    options.onTornLine?.({ line, bytes: Buffer.byteLength(rest) });
    return;
  }
  const record = parseRecord(rest, file, line, validate);
  if (record) yield record;
}
async function cutTornLine(file, torn, log) {
  const { size } = await stat(file);
  await truncate(file, size - torn.bytes);
  log(
    `${file}:${torn.line}: cut a torn last line (${torn.bytes} bytes, a run stopped mid-write); its item is redone`
  );
}
async function readRecordsArray(file) {
  const records = [];
  for await (const record of readRecords(file)) records.push(record);
  return records;
}
async function openRecords(file) {
  const handle = await open(file, "r");
  const raw = handle.createReadStream();
  const stream = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  if (stream !== raw) raw.on("error", (error) => stream.destroy(error));
  return stream.setEncoding("utf8");
}
function parseRecord(row, file, line, validate) {
  if (row.trim() === "") return null;
  let value;
  try {
    value = JSON.parse(row);
  } catch (cause) {
    throw new DataError({ file, line }, "not valid JSON", {
      hint: "a killed run leaves a torn last line: `evalwarden run --resume` cuts it and redoes the item",
      cause
    });
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new DataError(
      { file, line },
      `not an evalwarden record: ${`${first?.instancePath ?? ""} ${first?.message ?? ""}`.trim()}`
    );
  }
  return value;
}
async function latestRecords(file) {
  const latest = /* @__PURE__ */ new Map();
  for await (const record of readRecords(file)) latest.set(recordKey(record), record);
  return latest;
}
async function writeRecordsFile(file, records, scrub) {
  const lines = [];
  for (const record of records) lines.push(scrub(JSON.stringify(record)));
  await writeFileAtomic(file, lines.length ? `${lines.join("\n")}
` : "");
}

export {
  writeFileAtomic,
  artifactValidators,
  recordKey,
  RecordWriter,
  readRecords,
  cutTornLine,
  readRecordsArray,
  latestRecords,
  writeRecordsFile
};
