// The keyword matcher's walk (libs/detect/src/keyword-matcher.ts) in C: the same tables, the
// same hits in the same order. Each byte's step is a load indexed by the previous state, so one
// walk mostly waits on memory; this one walks up to four parts of a text at once (split at
// newlines, where the automaton is back at its root), which V8 could not do faster than two.
// Lines are not counted in the walk but where a hit needs its line, with SIMD compares: a
// newline taking the slow path, a mispredicted branch every few dozen bytes, was a third of the
// walk. Measured on express's 210 MB of blobs, runs alternating: 1.4-2.0 ns a byte, against
// 2.2-2.4 when the walk counted lines and 2.4-2.8 for the JavaScript walk.
//
//   create(byteClass: Uint8Array, table: Int32Array, ruleStart: Int32Array,
//          ruleList: Int32Array, rowShift: number) -> scanner
//   scan(scanner, text: Uint8Array, out: Int32Array) -> n
//     finds the text's n hits, (position, rule, line, line start) each; when 4n <= out.length
//     they are written to out, else they wait for
//   take(scanner, out: Int32Array) -> n      (out.length >= 4n)
//   scanBatch(scanner, text: Uint8Array, spans: Int32Array, out: Int32Array, done: Function)
//     walks the items text[spans[2k], spans[2k + 1]) on a thread of libuv's pool, then calls
//     done(null, hits: Int32Array, ends: Int32Array) on the scanner's thread: item k's hits are
//     the quads hits[4 * ends[k - 1] .. 4 * ends[k]) (ends[-1] = 0), positions and line starts
//     relative to the item's start, as scan gives them; done(error) when memory ran out. hits is
//     `out` when they fit in it (so a caller can reuse one array), else a new array. The text and
//     `out` must not change until done is called.
//
// The scanner keeps the tables alive (references; it walks a copy of the transition table) and
// never writes them. A scanner belongs to the thread that created it; its batches walk on other
// threads, each with hit buffers of its own, reading the same tables.
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "line_keys.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define STREAMS 4
// A part shorter than this is not split off: splitting costs more than it saves.
#define MIN_PART 128
// Hit buffers past this many hits are freed after use rather than kept for the next text.
#define KEEP_HITS 65536

typedef struct {
  int32_t *v;  // quads: position, rule, line within the part, line start
  size_t len;  // quads
  size_t cap;  // quads
} Hits;

// The hits of one text, part by part, until they are copied out.
typedef struct {
  Hits hits[STREAMS];
  int32_t line_offset[STREAMS];  // lines before each part
  int parts;                     // parts of the last text
  size_t pending;                // hits of the last text
} Workspace;

typedef struct {
  const uint8_t *byte_class;
  int32_t *table;  // the given table, copied, with newlines going back to the root (see create)
  const int32_t *rule_start;
  const int32_t *rule_list;
  int32_t row_shift;
  napi_ref refs[4];
  Workspace ws;  // the synchronous scan's
} Scanner;

typedef struct {
  size_t at, end;  // next byte, end of the part
  int32_t state;   // table offset
  size_t counted;  // newlines before this position are counted in line and line_start
  int32_t line;    // 1-based within the part
  int32_t line_start;
  Hits *hits;
} Walk;

// Newlines in text[from, to); *last is set to the position of the last one (left as is if none).
static size_t count_newlines(const uint8_t *text, size_t from, size_t to, size_t *last) {
  size_t n = 0, i = from;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  for (; i + 16 <= to; i += 16) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(text + i));
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, nl));
    if (mask) {
      n += (size_t)__builtin_popcount(mask);
      *last = i + 31 - (size_t)__builtin_clz(mask);
    }
  }
#endif
  for (; i < to; i++)
    if (text[i] == '\n') {
      n++;
      *last = i;
    }
  return n;
}

// Brings the walk's line and line start up to position i (lines are counted only where a hit
// needs them: a branch per newline in the walk cost more than the walk's own steps).
static void count_lines_to(Walk *w, const uint8_t *text, size_t i) {
  size_t last = 0;
  size_t n = count_newlines(text, w->counted, i, &last);
  if (n > 0) {
    w->line += (int32_t)n;
    w->line_start = (int32_t)last + 1;
  }
  w->counted = i;
}

static int push_hits(Hits *h, const int32_t *rules, int32_t count, int32_t pos, int32_t line,
                     int32_t line_start) {
  if (h->len + (size_t)count > h->cap) {
    size_t cap = h->cap ? h->cap * 2 : 1024;
    while (cap < h->len + (size_t)count) cap *= 2;
    int32_t *v = realloc(h->v, cap * 4 * sizeof(int32_t));
    if (!v) return 0;
    h->v = v;
    h->cap = cap;
  }
  int32_t *o = h->v + 4 * h->len;
  for (int32_t k = 0; k < count; k++, o += 4) {
    o[0] = pos;
    o[1] = rules[k];
    o[2] = line;
    o[3] = line_start;
  }
  h->len += (size_t)count;
  return 1;
}

// The slow path of a step into a negative entry t: a state that completes keywords.
static int on_mark(const Scanner *sc, Walk *w, const uint8_t *text, size_t i, int32_t t) {
  w->state = ~t;
  count_lines_to(w, text, i);
  int32_t state = w->state >> sc->row_shift;
  int32_t from = sc->rule_start[state];
  return push_hits(w->hits, sc->rule_list + from, sc->rule_start[state + 1] - from, (int32_t)i,
                   w->line, w->line_start);
}

static int walk_rest(const Scanner *sc, Walk *w, const uint8_t *text) {
  const uint8_t *cls = sc->byte_class;
  const int32_t *table = sc->table;
  int32_t s = w->state;
  for (size_t i = w->at; i < w->end; i++) {
    s = table[s + cls[text[i]]];
    if (s < 0) {
      if (!on_mark(sc, w, text, i, s)) return 0;
      s = w->state;
    }
  }
  w->state = s;
  w->at = w->end;
  return 1;
}

// Walks the parts in lockstep over the length of the shortest, then each one's rest.
static int walk_parts(const Scanner *sc, Walk *w, int parts, const uint8_t *text) {
  const uint8_t *cls = sc->byte_class;
  const int32_t *table = sc->table;
  size_t common = w[0].end - w[0].at;
  for (int k = 1; k < parts; k++)
    if (w[k].end - w[k].at < common) common = w[k].end - w[k].at;
  if (parts == STREAMS) {
    const uint8_t *p0 = text + w[0].at, *p1 = text + w[1].at, *p2 = text + w[2].at,
                  *p3 = text + w[3].at;
    int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (size_t i = 0; i < common; i++) {
      s0 = table[s0 + cls[p0[i]]];
      s1 = table[s1 + cls[p1[i]]];
      s2 = table[s2 + cls[p2[i]]];
      s3 = table[s3 + cls[p3[i]]];
      if ((s0 | s1 | s2 | s3) >= 0) continue;
      if (s0 < 0) {
        if (!on_mark(sc, &w[0], text, w[0].at + i, s0)) return 0;
        s0 = w[0].state;
      }
      if (s1 < 0) {
        if (!on_mark(sc, &w[1], text, w[1].at + i, s1)) return 0;
        s1 = w[1].state;
      }
      if (s2 < 0) {
        if (!on_mark(sc, &w[2], text, w[2].at + i, s2)) return 0;
        s2 = w[2].state;
      }
      if (s3 < 0) {
        if (!on_mark(sc, &w[3], text, w[3].at + i, s3)) return 0;
        s3 = w[3].state;
      }
    }
    w[0].state = s0;
    w[1].state = s1;
    w[2].state = s2;
    w[3].state = s3;
    for (int k = 0; k < parts; k++) w[k].at += common;
  }
  for (int k = 0; k < parts; k++)
    if (!walk_rest(sc, &w[k], text)) return 0;
  return 1;
}

// Copies the hits to out, part after part, each part's buffer freed once copied when it is large:
// a text dense with keywords (millions of hits) is not held twice. Release the rest after.
static void copy_hits(Workspace *ws, int32_t *out) {
  for (int k = 0; k < ws->parts; k++) {
    Hits *h = &ws->hits[k];
    int32_t lines = ws->line_offset[k];
    for (size_t q = 0; q < 4 * h->len; q += 4) {
      out[0] = h->v[q];
      out[1] = h->v[q + 1];
      out[2] = h->v[q + 2] + lines;
      out[3] = h->v[q + 3];
      out += 4;
    }
    h->len = 0;
    if (h->cap > KEEP_HITS) {
      free(h->v);
      h->v = NULL;
      h->cap = 0;
    }
  }
}

static void release_hits(Workspace *ws) {
  for (int k = 0; k < STREAMS; k++) {
    Hits *h = &ws->hits[k];
    h->len = 0;
    if (h->cap > KEEP_HITS) {
      free(h->v);
      h->v = NULL;
      h->cap = 0;
    }
  }
  ws->pending = 0;
}

static void free_workspace(Workspace *ws) {
  for (int k = 0; k < STREAMS; k++) free(ws->hits[k].v);
}

// Walks text[0, len) (len <= INT32_MAX) into ws: its hits wait there for copy_hits. Returns 0 when
// memory ran out (the hits are then released).
static int walk_text(const Scanner *sc, Workspace *ws, const uint8_t *text, size_t len) {
  release_hits(ws);
  // Parts end after a newline at or past each quarter, so every part starts at the root.
  Walk w[STREAMS];
  int parts = 0;
  size_t at = 0;
  while (at < len) {
    size_t end = len;
    if (parts < STREAMS - 1 && len - at >= 2 * MIN_PART) {
      size_t want = at + (len - at) / (size_t)(STREAMS - parts);
      if (want < at + MIN_PART) want = at + MIN_PART;
      const uint8_t *nl = memchr(text + want, 10, len - want);
      if (nl && (size_t)(nl - text) + 1 < len) end = (size_t)(nl - text) + 1;
    }
    w[parts] = (Walk){at, end, 0, at, 1, (int32_t)at, &ws->hits[parts]};
    parts++;
    at = end;
  }
  int ok = parts == 0 || walk_parts(sc, w, parts, text);
  ws->parts = parts;
  if (!ok) {
    release_hits(ws);
    return 0;
  }
  // Each part's first line number, counted only up to the last part with hits.
  size_t n = 0;
  int last_hit = -1;
  for (int k = 0; k < parts; k++) {
    n += ws->hits[k].len;
    if (ws->hits[k].len > 0) last_hit = k;
  }
  int32_t lines = 0;
  for (int k = 0; k < parts; k++) {
    ws->line_offset[k] = lines;
    if (k >= last_hit) continue;
    count_lines_to(&w[k], text, w[k].end);
    lines += w[k].line - 1;
  }
  ws->pending = n;
  return 1;
}

static void finalize(napi_env env, void *data, void *hint) {
  (void)hint;
  Scanner *sc = data;
  for (int k = 0; k < 4; k++)
    if (sc->refs[k]) napi_delete_reference(env, sc->refs[k]);
  free_workspace(&sc->ws);
  free(sc->table);
  free(sc);
}

// Sets *data and *length to a typed array's of the given type; else throws a TypeError and
// returns 0. (*data may be NULL for an empty array.)
static int typed_array(napi_env env, napi_value value, napi_typedarray_type want, void **data,
                       size_t *length, const char *what) {
  bool is;
  napi_typedarray_type type;
  if (napi_is_typedarray(env, value, &is) != napi_ok || !is ||
      napi_get_typedarray_info(env, value, &type, length, data, NULL, NULL) != napi_ok ||
      type != want) {
    napi_throw_type_error(env, NULL, what);
    return 0;
  }
  return 1;
}

// Fills argv with a call's first n arguments; else throws a TypeError (`usage`) and returns 0.
static int args_of(napi_env env, napi_callback_info info, size_t n, napi_value *argv, const char *usage) {
  size_t argc = n;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < n) {
    napi_throw_type_error(env, NULL, usage);
    return 0;
  }
  return 1;
}

static Scanner *scanner_of(napi_env env, napi_value value) {
  napi_valuetype type;
  void *data = NULL;
  if (napi_typeof(env, value, &type) != napi_ok || type != napi_external ||
      napi_get_value_external(env, value, &data) != napi_ok || !data) {
    napi_throw_type_error(env, NULL, "keyword scan: not a scanner");
    return NULL;
  }
  return data;
}

// Whether every offset the walk follows stays inside the tables (they may come from a file, see
// libs/detect/src/keyword-tables-file.ts): each byte's class inside a row, each transition to a
// row's start, each state's rules inside the rule list.
static int sound_tables(const uint8_t *byte_class, const int32_t *table, size_t entries,
                        const int32_t *rule_start, size_t starts, size_t rules, size_t row) {
  for (int b = 0; b < 256; b++)
    if (byte_class[b] >= row) return 0;
  for (size_t i = 0; i < entries; i++) {
    int32_t to = table[i] < 0 ? ~table[i] : table[i];
    if ((size_t)to >= entries || ((size_t)to & (row - 1)) != 0) return 0;
  }
  if (starts != entries / row + 1 || rule_start[0] != 0 || (size_t)rule_start[starts - 1] != rules)
    return 0;
  for (size_t s = 1; s < starts; s++)
    if (rule_start[s] < rule_start[s - 1]) return 0;
  return 1;
}

static napi_value create(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  if (!args_of(env, info, 5, argv, "keyword scan: create takes five arguments")) return NULL;
  size_t classes, entries, starts, rules;
  void *byte_class, *table, *rule_start, *rule_list;
  if (!typed_array(env, argv[0], napi_uint8_array, &byte_class, &classes,
                   "keyword scan: byteClass must be a Uint8Array") ||
      !typed_array(env, argv[1], napi_int32_array, &table, &entries,
                   "keyword scan: table must be an Int32Array") ||
      !typed_array(env, argv[2], napi_int32_array, &rule_start, &starts,
                   "keyword scan: ruleStart must be an Int32Array") ||
      !typed_array(env, argv[3], napi_int32_array, &rule_list, &rules,
                   "keyword scan: ruleList must be an Int32Array"))
    return NULL;
  int32_t row_shift;
  if (napi_get_value_int32(env, argv[4], &row_shift) != napi_ok || row_shift < 0 || row_shift > 16 ||
      classes != 256 || entries == 0 || starts < 2) {
    napi_throw_type_error(env, NULL, "keyword scan: bad rowShift or byteClass length");
    return NULL;
  }
  Scanner *sc = calloc(1, sizeof *sc);
  if (!sc) {
    napi_throw_error(env, NULL, "keyword scan: out of memory");
    return NULL;
  }
  sc->byte_class = byte_class;
  // The JavaScript walk's table sends a newline to a negative entry, its slow path, to count
  // lines; this walk counts them only where a hit needs them, so a newline goes back to the root
  // like any byte that continues no keyword (no keyword holds a newline).
  sc->table = malloc(entries * sizeof(int32_t));
  if (!sc->table) {
    free(sc);
    napi_throw_error(env, NULL, "keyword scan: out of memory");
    return NULL;
  }
  memcpy(sc->table, table, entries * sizeof(int32_t));
  size_t row = (size_t)1 << row_shift;
  size_t newline = ((const uint8_t *)byte_class)[10];
  if (newline >= row || entries % row != 0 || !sound_tables(byte_class, table, entries, rule_start,
                                                            starts, rules, row)) {
    free(sc->table);
    free(sc);
    napi_throw_range_error(env, NULL, "keyword scan: the tables' offsets leave the tables");
    return NULL;
  }
  for (size_t r = 0; r < entries; r += row) sc->table[r + newline] = 0;
  sc->rule_start = rule_start;
  sc->rule_list = rule_list;
  sc->row_shift = row_shift;
  for (int k = 0; k < 4; k++) napi_create_reference(env, argv[k], 1, &sc->refs[k]);
  napi_value external;
  if (napi_create_external(env, sc, finalize, NULL, &external) != napi_ok) {
    finalize(env, sc, NULL);
    napi_throw_error(env, NULL, "keyword scan: could not create the scanner");
    return NULL;
  }
  return external;
}

static napi_value count_value(napi_env env, size_t n) {
  napi_value result;
  napi_create_double(env, (double)n, &result);
  return result;
}

static napi_value scan(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (!args_of(env, info, 3, argv, "keyword scan: scan takes three arguments")) return NULL;
  Scanner *sc = scanner_of(env, argv[0]);
  if (!sc) return NULL;
  size_t len, out_len;
  void *data, *out_data;
  if (!typed_array(env, argv[1], napi_uint8_array, &data, &len,
                   "keyword scan: the text must be a Uint8Array") ||
      !typed_array(env, argv[2], napi_int32_array, &out_data, &out_len,
                   "keyword scan: out must be an Int32Array"))
    return NULL;
  const uint8_t *text = data;
  int32_t *out = out_data;
  if (len > INT32_MAX) {
    napi_throw_range_error(env, NULL, "keyword scan: a text must be shorter than 2 GiB");
    return NULL;
  }
  if (!walk_text(sc, &sc->ws, text, len)) {
    napi_throw_error(env, NULL, "keyword scan: out of memory");
    return NULL;
  }
  size_t n = sc->ws.pending;
  if (4 * n <= out_len) {
    copy_hits(&sc->ws, out);
    release_hits(&sc->ws);
  }
  return count_value(env, n);
}

static napi_value take(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (!args_of(env, info, 2, argv, "keyword scan: take takes two arguments")) return NULL;
  Scanner *sc = scanner_of(env, argv[0]);
  if (!sc) return NULL;
  size_t out_len;
  void *out;
  if (!typed_array(env, argv[1], napi_int32_array, &out, &out_len,
                   "keyword scan: out must be an Int32Array"))
    return NULL;
  size_t n = sc->ws.pending;
  if (4 * n > out_len) {
    napi_throw_range_error(env, NULL, "keyword scan: out is too short for the hits");
    return NULL;
  }
  copy_hits(&sc->ws, out);
  release_hits(&sc->ws);
  return count_value(env, n);
}

// A batch of items walked on libuv's pool (see scanBatch), and what it found.
typedef struct {
  napi_async_work work;
  napi_ref scanner_ref, text_ref, out_ref, done_ref;
  const Scanner *sc;
  const uint8_t *text;
  int32_t *spans;  // start, end of each item (copied: the caller may reuse its array)
  size_t items;
  Workspace ws;
  Hits found;      // every item's hits, item after item
  int32_t *ends;   // hits (quads) up to the end of each item
  int ok;
} Batch;

static void free_batch(napi_env env, Batch *b) {
  if (b->work) napi_delete_async_work(env, b->work);
  if (b->scanner_ref) napi_delete_reference(env, b->scanner_ref);
  if (b->text_ref) napi_delete_reference(env, b->text_ref);
  if (b->out_ref) napi_delete_reference(env, b->out_ref);
  if (b->done_ref) napi_delete_reference(env, b->done_ref);
  free_workspace(&b->ws);
  free(b->found.v);
  free(b->ends);
  free(b->spans);
  free(b);
}

// On a thread of the pool: no N-API calls here.
static void batch_execute(napi_env env, void *data) {
  (void)env;
  Batch *b = data;
  b->ok = 1;
  for (size_t k = 0; k < b->items; k++) {
    size_t from = (size_t)b->spans[2 * k], to = (size_t)b->spans[2 * k + 1];
    if (!walk_text(b->sc, &b->ws, b->text + from, to - from)) {
      b->ok = 0;
      return;
    }
    size_t n = b->ws.pending;
    if (n > 0) {
      Hits *f = &b->found;
      if (f->len + n > f->cap) {
        // Doubling, or exactly what an item with more hits than that needs: a blob dense with
        // keywords (millions of hits) is not held at twice its size.
        size_t cap = f->cap ? f->cap * 2 : 4096;
        if (cap < f->len + n) cap = f->len + n;
        int32_t *v = realloc(f->v, cap * 4 * sizeof(int32_t));
        if (!v) {
          b->ok = 0;
          return;
        }
        f->v = v;
        f->cap = cap;
      }
      copy_hits(&b->ws, f->v + 4 * f->len);
      f->len += n;
      release_hits(&b->ws);
    }
    b->ends[k] = (int32_t)b->found.len;
  }
}

// An Int32Array holding a copy of values[0, n), or NULL (an exception is pending).
static napi_value int32_array_of(napi_env env, const int32_t *values, size_t n) {
  void *data = NULL;
  napi_value buffer, array;
  if (napi_create_arraybuffer(env, n * sizeof(int32_t), &data, &buffer) != napi_ok ||
      napi_create_typedarray(env, napi_int32_array, n, buffer, 0, &array) != napi_ok)
    return NULL;
  if (n > 0) memcpy(data, values, n * sizeof(int32_t));
  return array;
}

// Back on the scanner's thread: hands the hits to `done`.
static void batch_complete(napi_env env, napi_status status, void *data) {
  Batch *b = data;
  napi_value done, global, argv[3];
  if (napi_get_reference_value(env, b->done_ref, &done) == napi_ok && done &&
      napi_get_global(env, &global) == napi_ok) {
    napi_get_null(env, &argv[0]);
    napi_get_undefined(env, &argv[1]);
    napi_get_undefined(env, &argv[2]);
    if (status != napi_ok || !b->ok) {
      napi_value message;
      napi_create_string_utf8(env,
                              status == napi_cancelled ? "keyword scan: the batch was cancelled"
                                                       : "keyword scan: out of memory",
                              NAPI_AUTO_LENGTH, &message);
      napi_create_error(env, NULL, message, &argv[0]);
    } else {
      napi_value out;
      void *out_data = NULL;
      size_t out_len = 0;
      size_t n = 4 * b->found.len;
      if (napi_get_reference_value(env, b->out_ref, &out) == napi_ok && out &&
          napi_get_typedarray_info(env, out, NULL, &out_len, &out_data, NULL, NULL) == napi_ok &&
          n <= out_len) {
        if (n > 0) memcpy(out_data, b->found.v, n * sizeof(int32_t));
        argv[1] = out;
      } else {
        argv[1] = int32_array_of(env, b->found.v, n);
      }
      argv[2] = argv[1] ? int32_array_of(env, b->ends, b->items) : NULL;
      if (!argv[2]) {
        napi_value message;
        napi_get_and_clear_last_exception(env, &message);
        napi_create_string_utf8(env, "keyword scan: out of memory", NAPI_AUTO_LENGTH, &message);
        napi_create_error(env, NULL, message, &argv[0]);
        napi_get_undefined(env, &argv[1]);
        napi_get_undefined(env, &argv[2]);
      }
    }
    napi_value ignored;
    // An exception thrown by `done` reaches the process like any callback's (N-API's scope
    // around this function raises it).
    napi_call_function(env, global, done, 3, argv, &ignored);
  }
  free_batch(env, b);
}

static napi_value scan_batch(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  if (!args_of(env, info, 5, argv, "keyword scan: scanBatch takes five arguments")) return NULL;
  Scanner *sc = scanner_of(env, argv[0]);
  if (!sc) return NULL;
  size_t len, spans_len, out_len;
  void *data, *spans, *out;
  if (!typed_array(env, argv[1], napi_uint8_array, &data, &len,
                   "keyword scan: the text must be a Uint8Array") ||
      !typed_array(env, argv[2], napi_int32_array, &spans, &spans_len,
                   "keyword scan: spans must be an Int32Array") ||
      !typed_array(env, argv[3], napi_int32_array, &out, &out_len,
                   "keyword scan: out must be an Int32Array"))
    return NULL;
  napi_valuetype type;
  if (napi_typeof(env, argv[4], &type) != napi_ok || type != napi_function) {
    napi_throw_type_error(env, NULL, "keyword scan: done must be a function");
    return NULL;
  }
  if (spans_len % 2 != 0 || len > INT32_MAX) {
    napi_throw_range_error(env, NULL, "keyword scan: spans must be pairs inside a text under 2 GiB");
    return NULL;
  }
  const int32_t *span = spans;
  for (size_t i = 0; i < spans_len; i += 2)
    if (span[i] < 0 || span[i] > span[i + 1] || (size_t)span[i + 1] > len) {
      napi_throw_range_error(env, NULL, "keyword scan: a span leaves the text");
      return NULL;
    }
  Batch *b = calloc(1, sizeof *b);
  size_t items = spans_len / 2;
  if (b) {
    b->spans = malloc((spans_len ? spans_len : 1) * sizeof(int32_t));
    b->ends = malloc((items ? items : 1) * sizeof(int32_t));
  }
  if (!b || !b->spans || !b->ends) {
    if (b) free_batch(env, b);
    napi_throw_error(env, NULL, "keyword scan: out of memory");
    return NULL;
  }
  memcpy(b->spans, spans, spans_len * sizeof(int32_t));
  b->items = items;
  b->sc = sc;
  b->text = data;
  napi_value name;
  if (napi_create_reference(env, argv[0], 1, &b->scanner_ref) != napi_ok ||
      napi_create_reference(env, argv[1], 1, &b->text_ref) != napi_ok ||
      napi_create_reference(env, argv[3], 1, &b->out_ref) != napi_ok ||
      napi_create_reference(env, argv[4], 1, &b->done_ref) != napi_ok ||
      napi_create_string_utf8(env, "deployguard keyword scan", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, batch_execute, batch_complete, b, &b->work) != napi_ok ||
      napi_queue_async_work(env, b->work) != napi_ok) {
    free_batch(env, b);
    napi_throw_error(env, NULL, "keyword scan: could not queue the batch");
    return NULL;
  }
  return NULL;
}

NAPI_MODULE_INIT() {
  const napi_property_descriptor props[] = {
      {"create", NULL, create, NULL, NULL, NULL, napi_enumerable, NULL},
      {"scan", NULL, scan, NULL, NULL, NULL, napi_enumerable, NULL},
      {"take", NULL, take, NULL, NULL, NULL, napi_enumerable, NULL},
      {"scanBatch", NULL, scan_batch, NULL, NULL, NULL, napi_enumerable, NULL},
      {"lineKeys", NULL, line_keys, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}
