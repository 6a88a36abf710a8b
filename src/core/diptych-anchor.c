/* diptych-anchor.c: finding an annotation's quote again in a changed text
 *
 * A quote is looked for where it was, then as an exact string elsewhere
 * (several matches are told apart by their context and by closeness to the
 * old place), then approximately: bit-parallel approximate matching
 * (Wu–Manber) with an error budget of a quarter of the quote, candidates
 * scored on errors, context and closeness. A quote found only approximately
 * has changed words: its span is widened to whole words, so that what is
 * stored as its new quote is never a cut word ("Korean Central News Se").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-anchor"

#include "config.h"

#include <string.h>

#include "diptych-anchor.h"

#define BITAP_MAX 64

/* The length of the runs of code points that the text is indexed by: short
 * enough that a quote of 12 or more code points with a quarter of errors
 * still holds one unedited run per error and one more (see candidate_windows()).
 */
#define GRAM 3

/* Long quotes up to this length are checked by their edit distance. */
#define LONG_QUOTE_CHECKED 512

static const char *status_names[] = { "exact", "relocated", "changed", "orphaned" };

G_STATIC_ASSERT (G_N_ELEMENTS (status_names) == DIPTYCH_ANCHOR_N_STATUSES);

const char *
diptych_anchor_status_to_string (DiptychAnchorStatus status)
{
  g_return_val_if_fail (status < DIPTYCH_ANCHOR_N_STATUSES, NULL);

  return status_names[status];
}

gboolean
diptych_anchor_status_from_string (const char          *str,
                                   DiptychAnchorStatus *status)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_str_equal (str, status_names[i]))
        {
          if (status != NULL)
            *status = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * diptych_anchor_make_quote:
 * @exact: (out) (optional): the text of [@start, @end)
 * @prefix: (out) (optional): up to %DIPTYCH_QUOTE_CONTEXT code points before
 * @suffix: (out) (optional): up to %DIPTYCH_QUOTE_CONTEXT code points after
 *
 * Makes the quote that lets an annotation be found again (the W3C
 * TextQuoteSelector).
 */
void
diptych_anchor_make_quote (DiptychText  *text,
                           gsize         start,
                           gsize         end,
                           char        **exact,
                           char        **prefix,
                           char        **suffix)
{
  gsize n;

  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (start <= end);

  n = diptych_text_get_n_chars (text);
  end = MIN (end, n);
  start = MIN (start, end);

  if (exact != NULL)
    *exact = diptych_text_dup_range (text, start, end);
  if (prefix != NULL)
    *prefix = diptych_text_dup_range (text, start > DIPTYCH_QUOTE_CONTEXT ? start - DIPTYCH_QUOTE_CONTEXT : 0,
                                      start);
  if (suffix != NULL)
    *suffix = diptych_text_dup_range (text, end, MIN (end + DIPTYCH_QUOTE_CONTEXT, n));
}

/* What is computed once per text and kept on it. Documents load in worker
 * threads, and a text may be shared between them: the first value stored
 * wins, and a value once stored stays until the text goes.
 */
static gpointer
get_cached (DiptychText    *text,
            const char     *name,
            gpointer      (*make) (DiptychText *text),
            GDestroyNotify  destroy)
{
  GQuark quark = g_quark_from_static_string (name);
  gpointer data = g_object_get_qdata (G_OBJECT (text), quark);

  if (data == NULL)
    {
      gpointer made = make (text);

      if (g_object_replace_qdata (G_OBJECT (text), quark, NULL, made, destroy, NULL))
        data = made;
      else
        {
          destroy (made);
          data = g_object_get_qdata (G_OBJECT (text), quark);
        }
    }
  return data;
}

static gpointer
make_ucs4 (DiptychText *text)
{
  return g_utf8_to_ucs4_fast (diptych_text_get_contents (text, NULL), -1, NULL);
}

/* The text as code points. */
static const gunichar *
get_ucs4 (DiptychText *text)
{
  return get_cached (text, "diptych-anchor-ucs4", make_ucs4, g_free);
}

/* Where each run of GRAM code points occurs: positions grouped by the
 * hash of the run that starts there, ascending within a group. Finding a
 * string then costs the occurrences of its rarest run, not a scan of the
 * text.
 */
typedef struct
{
  guint    bits;
  guint32 *starts;     /* (1 << bits) + 1 offsets into positions */
  guint32 *positions;
} GramIndex;

static inline guint32
gram_bucket (const gunichar *s,
             guint           bits)
{
  /* Code points have 21 bits: the key is exact, the multiply spreads it. */
  guint64 key = ((guint64)s[0] << 42) ^ ((guint64)s[1] << 21) ^ s[2];

  return (key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - bits);
}

static void
gram_index_free (gpointer data)
{
  GramIndex *index = data;

  g_free (index->starts);
  g_free (index->positions);
  g_free (index);
}

static gpointer
make_gram_index (DiptychText *text)
{
  const gunichar *ucs4 = get_ucs4 (text);
  gsize n = diptych_text_get_n_chars (text);
  gsize n_grams = n >= GRAM ? n - GRAM + 1 : 0;
  GramIndex *index = g_new0 (GramIndex, 1);
  g_autofree guint32 *fill = NULL;
  gsize n_buckets;

  /* Texts are at most DIPTYCH_TEXT_MAX_SIZE bytes: positions fit 32 bits. */
  G_STATIC_ASSERT (DIPTYCH_TEXT_MAX_SIZE < G_MAXUINT32);

  index->bits = 4;
  while (index->bits < 24 && ((gsize)1 << index->bits) < n_grams)
    index->bits++;
  n_buckets = (gsize)1 << index->bits;
  index->starts = g_new0 (guint32, n_buckets + 1);
  index->positions = g_new (guint32, MAX (n_grams, 1));

  for (gsize p = 0; p < n_grams; p++)
    index->starts[gram_bucket (ucs4 + p, index->bits) + 1]++;
  for (gsize b = 0; b < n_buckets; b++)
    index->starts[b + 1] += index->starts[b];
  fill = g_memdup2 (index->starts, n_buckets * sizeof (guint32));
  for (gsize p = 0; p < n_grams; p++)
    index->positions[fill[gram_bucket (ucs4 + p, index->bits)]++] = p;

  return index;
}

static const GramIndex *
get_gram_index (DiptychText *text)
{
  return get_cached (text, "diptych-anchor-grams", make_gram_index, gram_index_free);
}

/* The positions where the GRAM code points at @s may occur (a superset:
 * other runs share the group), ascending.
 */
static const guint32 *
gram_hits (const GramIndex *index,
           const gunichar  *s,
           gsize           *n_hits)
{
  guint32 b = gram_bucket (s, index->bits);

  *n_hits = index->starts[b + 1] - index->starts[b];
  return index->positions + index->starts[b];
}

/* The offset of the run of @s[@from, @to) that has the fewest hits. */
static gsize
rarest_gram (const GramIndex *index,
             const gunichar  *s,
             gsize            from,
             gsize            to,
             gsize           *n_hits)
{
  gsize best = from;

  *n_hits = G_MAXSIZE;
  for (gsize o = from; o + GRAM <= to; o++)
    {
      gsize n;

      gram_hits (index, s + o, &n);
      if (n < *n_hits)
        {
          *n_hits = n;
          best = o;
        }
    }
  return best;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Apostrophes and hyphens between letters belong to the word ("don't",
 * "Russian-US"), as do a comma or point between digits ("1,200", "3.5"):
 * the tokenizer's words and numbers.
 */
static gboolean
is_inner_joiner (gunichar before,
                 gunichar c,
                 gunichar after)
{
  switch (c)
    {
    case '\'':
    case 0x2019:  /* ’ */
    case '-':
    case 0x2010:  /* hyphen */
    case 0x2011:  /* non-breaking hyphen */
      return is_word_char (before) && is_word_char (after);
    case ',':
    case '.':
      return g_unichar_isdigit (before) && g_unichar_isdigit (after);
    default:
      return FALSE;
    }
}

/* Whether a boundary between @b1 and @a1 cuts a word; @b2 comes before
 * @b1 and @a2 after @a1 (0 where there is none).
 */
static gboolean
boundary_cuts (gunichar b2,
               gunichar b1,
               gunichar a1,
               gunichar a2)
{
  return (is_word_char (b1) && is_word_char (a1)) ||
         is_inner_joiner (b1, a1, a2) ||
         is_inner_joiner (b2, b1, a1);
}

/* Whether a boundary between text[at - 1] and text[at] would cut a word. */
static gboolean
cuts_word (const gunichar *text,
           gsize           n_text,
           gsize           at)
{
  if (at == 0 || at >= n_text)
    return FALSE;

  return boundary_cuts (at >= 2 ? text[at - 2] : 0, text[at - 1], text[at],
                        at + 1 < n_text ? text[at + 1] : 0);
}

/**
 * diptych_anchor_snap_to_words:
 * @start: (inout): a span's start
 * @end: (inout): its end
 *
 * Makes [@start, @end) whole words: whitespace at its edges is left out,
 * then a start or end inside a word is moved back or forward to the
 * word's edge. Words are letters and digits with inner apostrophes and
 * hyphens, and numbers with inner commas and points.
 */
void
diptych_anchor_snap_to_words (DiptychText *text,
                              gsize       *start,
                              gsize       *end)
{
  const gunichar *ucs4;
  gsize n, s, e;

  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (start != NULL && end != NULL);

  ucs4 = get_ucs4 (text);
  n = diptych_text_get_n_chars (text);
  e = MIN (*end, n);
  s = MIN (*start, e);

  while (s < e && g_unichar_isspace (ucs4[s]))
    s++;
  while (e > s && g_unichar_isspace (ucs4[e - 1]))
    e--;
  while (s > 0 && cuts_word (ucs4, n, s))
    s--;
  while (e < n && cuts_word (ucs4, n, e))
    e++;

  *start = s;
  *end = e;
}

/* How many code points of @context agree with the text just before
 * (@before) or just after @at.
 */
static guint
context_agreement (const gunichar *text,
                   gsize           n_text,
                   gsize           at,
                   const gunichar *context,
                   gsize           n_context,
                   gboolean        before)
{
  guint n = 0;

  if (before)
    {
      while (n < n_context && n < at && text[at - 1 - n] == context[n_context - 1 - n])
        n++;
    }
  else
    {
      while (n < n_context && at + n < n_text && text[at + n] == context[n])
        n++;
    }
  return n;
}

typedef struct
{
  const gunichar  *text;
  gsize            n_text;
  const GramIndex *index;    /* built when first needed */
  const gunichar  *pattern;  /* the quote */
  gsize            m;
  const gunichar  *prefix;
  gsize            n_prefix;
  const gunichar  *suffix;
  gsize            n_suffix;
  gsize            old_start;  /* where the quote is expected */
  gsize            from;       /* where a quote whose words changed is looked for */
  gsize            to;
} Context;

/* How much of the context agrees with the text around [@start, @end). */
static guint
context_agreement_at (const Context *ctx,
                      gsize          start,
                      gsize          end)
{
  return context_agreement (ctx->text, ctx->n_text, start, ctx->prefix, ctx->n_prefix, TRUE) +
         context_agreement (ctx->text, ctx->n_text, end, ctx->suffix, ctx->n_suffix, FALSE);
}

/* Lower is better: context first, then closeness to where the quote is
 * expected.
 */
static double
placement_cost (const Context *ctx,
                gsize          start,
                guint          agreement)
{
  gsize distance = start > ctx->old_start ? start - ctx->old_start : ctx->old_start - start;

  return (2 * DIPTYCH_QUOTE_CONTEXT - agreement) + (double)distance / (ctx->n_text + 1);
}

/* Whether the quote's words at [@start, @end) run on into a longer word
 * where the marked words did not: "people" inside "peoples" is not the
 * same words.
 */
static gboolean
grows_into_word (const Context *ctx,
                 gsize          start,
                 gsize          end)
{
  const gunichar *q = ctx->pattern;
  gsize m = ctx->m;
  gsize np = ctx->n_prefix, ns = ctx->n_suffix;

  if (m == 0)
    return FALSE;

  if (cuts_word (ctx->text, ctx->n_text, start) &&
      !boundary_cuts (np >= 2 ? ctx->prefix[np - 2] : 0, np >= 1 ? ctx->prefix[np - 1] : 0,
                      q[0], m >= 2 ? q[1] : 0))
    return TRUE;
  if (cuts_word (ctx->text, ctx->n_text, end) &&
      !boundary_cuts (m >= 2 ? q[m - 2] : 0, q[m - 1],
                      ns >= 1 ? ctx->suffix[0] : 0, ns >= 2 ? ctx->suffix[1] : 0))
    return TRUE;
  return FALSE;
}

/* The first place from @from on, before @to, that holds @c, or @to. */
static gsize
next_code_point (const gunichar *text,
                 gsize           from,
                 gsize           to,
                 gunichar        c)
{
  /* Eight at a time, which the compiler makes a few vector operations. */
  for (; from + 8 <= to; from += 8)
    {
      guint any = 0;

      for (guint k = 0; k < 8; k++)
        any |= text[from + k] == c;
      if (any)
        break;
    }
  while (from < to && text[from] != c)
    from++;
  return from;
}

static inline gboolean
same_gram (const gunichar *a,
           const gunichar *b)
{
  G_STATIC_ASSERT (GRAM == 3);
  return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
}

/* The first of @n ascending @hits that is at least @value. */
static gsize
lower_bound (const guint32 *hits,
             gsize          n,
             gsize          value)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (hits[mid] < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The best place (see placement_cost()) where @s occurs, @s being the
 * quote with @before code points of its prefix before it, the quote
 * starting in [@from, @to) and agreeing with at least @min_agreement code
 * points of its context; lowers *@best_cost when one is found.
 */
static gboolean
find_run (const Context  *ctx,
          const gunichar *s,
          gsize           n_s,
          gsize           before,
          gsize           from,
          gsize           to,
          guint           min_agreement,
          double         *best_cost,
          gsize          *best_start)
{
  const guint32 *hits = NULL;
  gsize n_hits = 0, offset = 0, first, last;
  gboolean found = FALSE;

  if (n_s > ctx->n_text || from >= to)
    return FALSE;

  /* Where @s starts: [first, last). */
  first = from > before ? from - before : 0;
  last = to > before ? MIN (to - before, ctx->n_text - n_s + 1) : 0;
  if (first >= last)
    return FALSE;

  if (n_s >= GRAM)
    {
      offset = rarest_gram (ctx->index, s, 0, n_s, &n_hits);
      hits = gram_hits (ctx->index, s + offset, &n_hits);
    }

  /* Places ascend, so of equal costs the first place is kept. */
  for (gsize i = hits ? lower_bound (hits, n_hits, first + offset) : first;; i++)
    {
      gsize at;
      gsize start;
      guint agreement;
      double cost;

      if (hits == NULL)
        {
          at = i = next_code_point (ctx->text, i, last, s[0]);
          if (at >= last)
            break;
        }
      else
        {
          if (i >= n_hits || hits[i] - offset >= last)
            break;
          at = hits[i] - offset;
        }
      if (ctx->text[at] != s[0] || memcmp (ctx->text + at, s, n_s * sizeof (gunichar)) != 0)
        continue;

      start = at + before;
      /* Inside a longer word is not the quote: a cheap test, and a short
       * quote occurs inside words far more often than as one.
       */
      if (grows_into_word (ctx, start, start + ctx->m))
        continue;
      agreement = context_agreement_at (ctx, start, start + ctx->m);
      if (agreement < min_agreement)
        continue;
      cost = placement_cost (ctx, start, agreement);
      if (cost < *best_cost)
        {
          *best_cost = cost;
          *best_start = start;
          found = TRUE;
        }
    }
  return found;
}

/* The quote with @before code points of its prefix before it and @after
 * of its suffix after it.
 */
static gunichar *
quote_with_context (const Context *ctx,
                    gsize          before,
                    gsize          after)
{
  gunichar *s = g_new (gunichar, before + ctx->m + after);

  memcpy (s, ctx->prefix + ctx->n_prefix - before, before * sizeof (gunichar));
  memcpy (s + before, ctx->pattern, ctx->m * sizeof (gunichar));
  memcpy (s + before + ctx->m, ctx->suffix, after * sizeof (gunichar));
  return s;
}

/* The best place of the quote with @before and @after code points of its
 * context around it; see find_run().
 */
static gboolean
find_run_with_context (const Context *ctx,
                       gsize          before,
                       gsize          after,
                       gsize          from,
                       gsize          to,
                       guint          min_agreement,
                       double        *best_cost,
                       gsize         *best_start)
{
  g_autofree gunichar *s = quote_with_context (ctx, before, after);

  return find_run (ctx, s, before + ctx->m + after, before, from, to, min_agreement,
                   best_cost, best_start);
}

/* The quote word for word, starting in [@from, @to), its best place by
 * context then closeness. Where the quote occurs with all its prefix and
 * suffix around it, it agrees with them as much as it can anywhere: one
 * of those places is the best, and the other places of the quote need not
 * be looked at. A place agreeing with @min_agreement code points of
 * context agrees with half of them before it or the rest after it: only
 * the quote with those around it is looked for, which common words do
 * not make slow.
 */
static gboolean
find_exact (const Context *ctx,
            gsize          from,
            gsize          to,
            guint          min_agreement,
            gsize         *best_start)
{
  double best_cost = G_MAXDOUBLE;
  gsize before, after;
  gboolean found = FALSE;

  if (ctx->n_prefix + ctx->n_suffix > 0 &&
      find_run_with_context (ctx, ctx->n_prefix, ctx->n_suffix, from, to, 0, &best_cost, best_start))
    return TRUE;
  if (min_agreement == 0)
    return find_run (ctx, ctx->pattern, ctx->m, 0, from, to, 0, &best_cost, best_start);

  before = MIN (ctx->n_prefix, (min_agreement + 1) / 2);
  after = min_agreement - before;
  if (before > 0)
    found |= find_run_with_context (ctx, before, 0, from, to, min_agreement, &best_cost, best_start);
  if (after <= ctx->n_suffix)
    found |= find_run_with_context (ctx, 0, after, from, to, min_agreement, &best_cost, best_start);
  return found;
}

static guint
edit_distance (const gunichar *a,
               gsize           n_a,
               const gunichar *b,
               gsize           n_b)
{
  guint row[2 * BITAP_MAX + 1];  /* b is at most BITAP_MAX and the errors allowed */
  g_autofree guint *heap_row = NULL;
  guint *r = row;

  if (n_b > 2 * BITAP_MAX)
    r = heap_row = g_new (guint, n_b + 1);

  for (gsize j = 0; j <= n_b; j++)
    r[j] = j;
  for (gsize i = 1; i <= n_a; i++)
    {
      guint diagonal = r[0];

      r[0] = i;
      for (gsize j = 1; j <= n_b; j++)
        {
          guint above = r[j];
          guint cost = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);

          cost = MIN (cost, above + 1);
          cost = MIN (cost, r[j - 1] + 1);
          r[j] = cost;
          diagonal = above;
        }
    }
  return r[n_b];
}

/* The start that best aligns the whole pattern up to @end; its errors. */
static gboolean
align_to_end (const Context  *ctx,
              const gunichar *pattern,
              gsize           m,
              gsize           end,
              guint           max_errors,
              gsize          *start,
              guint          *errors)
{
  gsize lo = end > m + max_errors ? end - m - max_errors : 0;
  gsize hi = end > m - MIN (m, max_errors) ? end - (m - MIN (m, max_errors)) : 0;
  guint best = G_MAXUINT;

  for (gsize s = lo; s <= hi; s++)
    {
      guint distance = edit_distance (pattern, m, ctx->text + s, end - s);

      /* Of equally good starts, one that does not cut a word. */
      if (distance < best ||
          (distance == best && cuts_word (ctx->text, ctx->n_text, *start) &&
           !cuts_word (ctx->text, ctx->n_text, s)))
        {
          best = distance;
          *start = s;
        }
    }
  *errors = best;
  return best <= max_errors;
}

/* Which positions of the pattern each code point of the text matches. */
#define MASK_SLOTS 128

typedef struct
{
  guint64  ascii[128];
  gunichar keys[MASK_SLOTS];  /* 0 where empty: a text holds no NUL */
  guint64  values[MASK_SLOTS];
} Masks;

G_STATIC_ASSERT (MASK_SLOTS > BITAP_MAX);

static inline guint
mask_slot (gunichar c)
{
  return ((guint32)c * 2654435761u) >> 25;
}

static void
masks_init (Masks          *masks,
            const gunichar *pattern,
            gsize           m)
{
  memset (masks, 0, sizeof *masks);
  for (gsize i = 0; i < m; i++)
    {
      gunichar c = pattern[i];
      guint slot;

      if (c < G_N_ELEMENTS (masks->ascii))
        {
          masks->ascii[c] |= (guint64)1 << i;
          continue;
        }
      for (slot = mask_slot (c); masks->keys[slot] != 0 && masks->keys[slot] != c;
           slot = (slot + 1) % MASK_SLOTS)
        ;
      masks->keys[slot] = c;
      masks->values[slot] |= (guint64)1 << i;
    }
}

static inline guint64
mask_of (const Masks *masks,
         gunichar     c)
{
  if (c < G_N_ELEMENTS (masks->ascii))
    return masks->ascii[c];
  for (guint slot = mask_slot (c); masks->keys[slot] != 0; slot = (slot + 1) % MASK_SLOTS)
    {
      if (masks->keys[slot] == c)
        return masks->values[slot];
    }
  return 0;
}

typedef struct
{
  double cost;
  gsize  end;
  guint  errors;
} Match;

/* Bit-parallel approximate matching over text[@from, @to) (Myers'
 * bit-vector edit distance, one column per code point whatever the errors
 * allowed): lowers @best to the best match that ends there, with at most
 * @max_errors errors. Matches are told apart by errors first, then
 * context and closeness.
 */
static void
bitap_scan (const Context *ctx,
            const Masks   *masks,
            gsize          m,
            gsize          from,
            gsize          to,
            guint          max_errors,
            Match         *best)
{
  guint64 high = (guint64)1 << (m - 1);
  guint64 pv = ~(guint64)0, mv = 0;
  gsize errors = m;  /* of the best alignment of the whole pattern ending here */

  g_assert (m > 0 && m <= BITAP_MAX);

  for (gsize j = from; j < to; j++)
    {
      guint64 eq = mask_of (masks, ctx->text[j]);
      guint64 xv = eq | mv;
      guint64 xh = (((eq & pv) + pv) ^ pv) | eq;
      guint64 ph = mv | ~(xh | pv);
      guint64 mh = pv & xh;

      if (ph & high)
        errors++;
      else if (mh & high)
        errors--;
      /* A match may start anywhere: nothing enters the first row. */
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;

      if (errors <= max_errors)
        {
          gsize end = j + 1;
          gsize estimate = end >= m ? end - m : 0;
          double cost = errors * 4 * DIPTYCH_QUOTE_CONTEXT +
                        placement_cost (ctx, estimate, context_agreement_at (ctx, estimate, end));

          /* Of equal costs, the first end, in whatever order the parts of
           * the text are scanned.
           */
          if (cost < best->cost || (cost == best->cost && end < best->end))
            {
              best->cost = cost;
              best->end = end;
              best->errors = errors;
            }
        }
    }
}

typedef struct
{
  gsize from;
  gsize to;
} Window;

static int
compare_windows (gconstpointer a,
                 gconstpointer b)
{
  const Window *wa = a, *wb = b;

  return wa->from < wb->from ? -1 : wa->from > wb->from;
}

/* Sorts windows and merges those that overlap, so that no end is looked
 * at twice.
 */
static void
merge_windows (GArray *windows)
{
  guint kept = 0;

  g_array_sort (windows, compare_windows);
  for (guint i = 0; i < windows->len; i++)
    {
      Window *w = &g_array_index (windows, Window, i);
      Window *last = kept > 0 ? &g_array_index (windows, Window, kept - 1) : NULL;

      if (last != NULL && w->from <= last->to)
        last->to = MAX (last->to, w->to);
      else
        g_array_index (windows, Window, kept++) = *w;
    }
  g_array_set_size (windows, kept);
}

/* The q-gram lemma: an error spoils at most GRAM of the pattern's
 * m - GRAM + 1 runs, so a match with at most @errors errors keeps this
 * many of them unedited.
 */
static gssize
runs_kept (gsize m,
           guint errors)
{
  return (gssize)(m - GRAM + 1) - (gssize)errors * GRAM;
}

/* The runs of a pattern that occur in the text, by diagonal (text
 * position minus offset in the pattern, plus m so as not to be negative),
 * sorted. The runs that a match with at most max_errors errors keeps lie
 * on diagonals within 2 × max_errors of each other: where no such band
 * holds runs_kept(), there is no such match. Sorting them by counting
 * into bins costs the runs' occurrences, not a scan of the text.
 */
typedef struct
{
  guint32 *diagonals;
  gsize    n_diagonals;
  gsize    m;
  guint    max_errors;
} RunCounts;

static void
run_counts_clear (RunCounts *counts)
{
  g_clear_pointer (&counts->diagonals, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunCounts, run_counts_clear)

/* FALSE when the lemma leaves nothing to count on, or the occurrences are
 * too many to be worth it.
 */
static gboolean
run_counts_init (RunCounts      *counts,
                 const Context  *ctx,
                 const gunichar *pattern,
                 gsize           m,
                 gsize           from,
                 gsize           to,
                 guint           max_errors)
{
  g_autofree guint32 *bins = NULL;
  g_autofree guint32 *unsorted = NULL;
  gsize total = 0, width, n_bins, n = 0;

  if (ctx->index == NULL || m < GRAM || runs_kept (m, max_errors) < 1)
    return FALSE;
  for (gsize o = 0; o + GRAM <= m; o++)
    {
      gsize n_hits;

      gram_hits (ctx->index, pattern + o, &n_hits);
      total += n_hits;
      if (total >= (to - from) / 2)
        return FALSE;
    }

  unsorted = g_new (guint32, MAX (total, 1));
  for (gsize o = 0; o + GRAM <= m; o++)
    {
      gsize n_hits;
      const guint32 *hits = gram_hits (ctx->index, pattern + o, &n_hits);

      for (gsize h = 0; h < n_hits; h++)
        {
          if (same_gram (ctx->text + hits[h], pattern + o))
            unsorted[n++] = hits[h] + m - o;
        }
    }

  /* A counting sort into about as many bins as runs, then each bin. */
  width = (ctx->n_text + m) / MAX (n, 1) + 1;
  n_bins = (ctx->n_text + m) / width + 1;
  bins = g_new0 (guint32, n_bins + 1);
  for (gsize i = 0; i < n; i++)
    bins[unsorted[i] / width + 1]++;
  for (gsize b = 0; b < n_bins; b++)
    bins[b + 1] += bins[b];
  counts->diagonals = g_new (guint32, MAX (n, 1));
  for (gsize i = 0; i < n; i++)
    {
      guint32 d = unsorted[i];
      gsize at = bins[d / width]++;

      /* Insertion into the bin's sorted part (bins hold a few each). */
      while (at > 0 && (counts->diagonals[at - 1] / width) == d / width &&
             counts->diagonals[at - 1] > d)
        {
          counts->diagonals[at] = counts->diagonals[at - 1];
          at--;
        }
      counts->diagonals[at] = d;
    }
  counts->n_diagonals = n;
  counts->m = m;
  counts->max_errors = max_errors;
  return TRUE;
}

/* The text where a match whose kept runs lie on diagonals [@first, @last]
 * starts and ends, within [@from, @to).
 */
static Window
run_counts_window (const RunCounts *counts,
                   guint32          first,
                   guint32          last,
                   gsize            from,
                   gsize            to)
{
  gint64 lo = (gint64)first - (gint64)counts->m - counts->max_errors;
  gint64 hi = (gint64)last + 2 * (gint64)counts->max_errors + 1;
  Window w = { MAX (lo, (gint64)from), MIN (hi, (gint64)to) };

  if (w.to < w.from)
    w.to = w.from;
  return w;
}

/* The windows of every band of diagonals that holds at least @threshold
 * runs; *@top is that of the band that holds the most, and *@n_top how
 * many it holds.
 */
static GArray *
run_counts_windows (const RunCounts *counts,
                    gssize           threshold,
                    gsize            from,
                    gsize            to,
                    Window          *top,
                    gsize           *n_top)
{
  GArray *windows = g_array_new (FALSE, FALSE, sizeof (Window));
  const guint32 *d = counts->diagonals;

  *n_top = 0;
  for (gsize i = 0, j = 0; j < counts->n_diagonals; j++)
    {
      while (d[j] - d[i] > 2 * counts->max_errors)
        i++;
      if ((gssize)(j - i + 1) >= threshold)
        {
          Window w = run_counts_window (counts, d[i], d[j], from, to);
          Window *last = windows->len > 0 ? &g_array_index (windows, Window, windows->len - 1) : NULL;

          /* Starts come in order: overlapping windows merge as they come. */
          if (last != NULL && w.from <= last->to)
            last->to = MAX (last->to, w.to);
          else if (w.from < w.to)
            g_array_append_val (windows, w);
          if (j - i + 1 > *n_top)
            {
              *n_top = j - i + 1;
              *top = w;
            }
        }
    }
  return windows;
}

/* The parts of text[@from, @to) where @pattern may occur with at most
 * @max_errors errors, for quotes too short for qgram_windows(), or %NULL
 * when they would not be much less than all of it. An error spoils at
 * most one of @max_errors + 1 disjoint shares of the pattern, so every
 * such match holds one of them unedited: only the text around their
 * occurrences, found by the rarest run of each, is searched.
 */
static GArray *
candidate_windows (const Context  *ctx,
                   const gunichar *pattern,
                   gsize           m,
                   gsize           from,
                   gsize           to,
                   guint           max_errors)
{
  guint n_pieces = max_errors + 1;
  gsize offsets[BITAP_MAX + 1];
  gsize total = 0, span = m + 2 * max_errors;
  GArray *windows;

  if (ctx->index == NULL || m / n_pieces < GRAM)
    return NULL;

  for (guint i = 0; i < n_pieces; i++)
    {
      gsize n_hits;

      offsets[i] = rarest_gram (ctx->index, pattern, i * m / n_pieces, (i + 1) * m / n_pieces,
                                &n_hits);
      total += n_hits;
      if (total * span >= (to - from) / 2)
        return NULL;
    }

  windows = g_array_sized_new (FALSE, FALSE, sizeof (Window), total);
  for (guint i = 0; i < n_pieces; i++)
    {
      gsize n_hits;
      const guint32 *hits = gram_hits (ctx->index, pattern + offsets[i], &n_hits);

      for (gsize h = 0; h < n_hits; h++)
        {
          /* A match holding this run unedited at hits[h] starts no earlier
           * than this and ends no later than that.
           */
          gsize lead = offsets[i] + max_errors;
          gsize piece = i * m / n_pieces, n_piece = (i + 1) * m / n_pieces - piece;
          Window w = { hits[h] > lead ? hits[h] - lead : 0, hits[h] - offsets[i] + m + max_errors };

          /* The whole share of the pattern must be there unedited. */
          if (hits[h] < offsets[i] - piece ||
              hits[h] - (offsets[i] - piece) + n_piece > ctx->n_text ||
              memcmp (ctx->text + hits[h] - (offsets[i] - piece), pattern + piece,
                      n_piece * sizeof (gunichar)) != 0)
            continue;
          w.from = MAX (w.from, from);
          w.to = MIN (w.to, to);
          if (w.from < w.to)
            g_array_append_val (windows, w);
        }
    }

  merge_windows (windows);
  return windows;
}

/* Approximate search of @pattern (at most BITAP_MAX code points) in
 * text[@from, @to) with at most @max_errors errors: the end of the best
 * match, its start, found by aligning the pattern there, and its errors.
 * Only the windows of RunCounts or candidate_windows() are scanned
 * when there are few: every match with at most @max_errors errors lies
 * wholly in one, so the same ends are found with the same errors as by
 * scanning all the text.
 */
static gboolean
bitap (const Context  *ctx,
       const gunichar *pattern,
       gsize           m,
       gsize           from,
       gsize           to,
       guint           max_errors,
       gsize          *match_start,
       gsize          *match_end,
       guint          *match_errors)
{
  g_autoptr(GArray) windows = NULL;
  g_auto(RunCounts) counts = { 0 };
  guint align_errors;
  Masks masks;
  Match best = { G_MAXDOUBLE, 0, 0 };

  g_assert (m > 0 && m <= BITAP_MAX);
  max_errors = MIN (max_errors, m);
  align_errors = max_errors;
  to = MIN (to, ctx->n_text);
  if (from >= to)
    return FALSE;

  masks_init (&masks, pattern, m);
  if (run_counts_init (&counts, ctx, pattern, m, from, to, max_errors))
    {
      Window top = { 0, 0 };
      gsize n_top;

      windows = run_counts_windows (&counts, runs_kept (m, max_errors), from, to, &top, &n_top);
      if (windows->len == 0)
        return FALSE;  /* nowhere enough of the pattern */

      /* The likeliest place first: the errors of a match there bound
       * those of a better one, which then must keep more runs.
       */
      bitap_scan (ctx, &masks, m, top.from, top.to, max_errors, &best);
      if (best.cost != G_MAXDOUBLE && best.errors < max_errors)
        {
          max_errors = best.errors;
          g_array_unref (windows);
          windows = run_counts_windows (&counts, runs_kept (m, max_errors), from, to, &top, &n_top);
        }
    }
  else
    windows = candidate_windows (ctx, pattern, m, from, to, max_errors);
  if (windows == NULL)
    bitap_scan (ctx, &masks, m, from, to, max_errors, &best);
  else
    {
      for (guint i = 0; i < windows->len; i++)
        {
          const Window *w = &g_array_index (windows, Window, i);

          bitap_scan (ctx, &masks, m, w->from, w->to, max_errors, &best);
        }
    }

  if (best.cost == G_MAXDOUBLE)
    return FALSE;
  *match_end = best.end;
  return align_to_end (ctx, pattern, m, best.end, align_errors, match_start, match_errors) &&
         *match_start >= from;
}

/* A long quote is found by its first and its last BITAP_MAX code points:
 * one approximately anywhere (with a quarter of errors), then the other
 * where the quote's length puts it (with up to half). Up to
 * LONG_QUOTE_CHECKED code points, the errors of the whole span are
 * counted; beyond, the middle is only held to the length and the errors
 * of the ends: aligning thousands of code points costs their square.
 * Each end is judged by the context it has in the quote.
 */
static gboolean
find_long (const Context *ctx,
           guint          max_errors,
           gboolean       head_first,
           gsize         *start,
           gsize         *end)
{
  const gunichar *head = ctx->pattern;
  const gunichar *tail = ctx->pattern + ctx->m - BITAP_MAX;
  Context head_ctx = *ctx;
  Context tail_ctx = *ctx;
  guint errors = BITAP_MAX / 4;
  gsize head_start, head_end, tail_start, tail_end;
  guint head_errors, tail_errors;
  gsize length;

  g_assert (ctx->m > BITAP_MAX);

  head_ctx.suffix = ctx->pattern + BITAP_MAX;
  head_ctx.n_suffix = MIN (ctx->m - BITAP_MAX, DIPTYCH_QUOTE_CONTEXT);
  tail_ctx.prefix = tail - MIN (ctx->m - BITAP_MAX, DIPTYCH_QUOTE_CONTEXT);
  tail_ctx.n_prefix = MIN (ctx->m - BITAP_MAX, DIPTYCH_QUOTE_CONTEXT);
  tail_ctx.old_start = ctx->old_start + ctx->m - BITAP_MAX;

  if (head_first)
    {
      if (!bitap (&head_ctx, head, BITAP_MAX, ctx->from, ctx->to, errors,
                  &head_start, &head_end, &head_errors))
        return FALSE;
      tail_ctx.old_start = head_start + ctx->m - BITAP_MAX;
      if (!bitap (&tail_ctx, tail, BITAP_MAX, head_start, head_start + ctx->m + max_errors,
                  MIN (max_errors, BITAP_MAX / 2), &tail_start, &tail_end, &tail_errors))
        return FALSE;
    }
  else
    {
      if (!bitap (&tail_ctx, tail, BITAP_MAX, ctx->from, ctx->to, errors,
                  &tail_start, &tail_end, &tail_errors))
        return FALSE;
      head_ctx.old_start = tail_end > ctx->m ? tail_end - ctx->m : 0;
      if (!bitap (&head_ctx, head, BITAP_MAX,
                  tail_end > ctx->m + max_errors ? tail_end - ctx->m - max_errors : 0, tail_end,
                  MIN (max_errors, BITAP_MAX / 2), &head_start, &head_end, &head_errors))
        return FALSE;
    }

  if (tail_end <= head_start)
    return FALSE;
  length = tail_end - head_start;
  if ((length > ctx->m ? length - ctx->m : ctx->m - length) > max_errors)
    return FALSE;
  if (ctx->m <= LONG_QUOTE_CHECKED)
    {
      /* Short enough to count its errors (the ends may overlap). */
      if (edit_distance (ctx->pattern, ctx->m, ctx->text + head_start, length) > max_errors)
        return FALSE;
    }
  else if (head_errors + tail_errors > max_errors)
    return FALSE;

  *start = head_start;
  *end = tail_end;
  return TRUE;
}

/* Context that must agree to bracket or stretch a quote: this many code
 * points of the prefix's end and of the suffix's start.
 */
#define CONTEXT_KEY 16
/* A quote shorter than this, found only approximately, must agree with
 * this much of its context.
 */
#define SHORT_QUOTE 32
#define SHORT_QUOTE_AGREEMENT 8

static gboolean
matches_at (const Context  *ctx,
            gsize           at,
            const gunichar *needle,
            gsize           n)
{
  return at + n <= ctx->n_text && memcmp (ctx->text + at, needle, n * sizeof (gunichar)) == 0;
}

/* The quote whose words changed too much for the approximate search, found
 * between its context: the end of its prefix and the start of its suffix,
 * both as they were, close enough together ("Syrian health officials" now
 * "Syrian health authorities"). The nearest such place to the old one.
 */
static gboolean
find_between_context (const Context *ctx,
                      gsize         *new_start,
                      gsize         *new_end)
{
  gsize kp = MIN (CONTEXT_KEY, ctx->n_prefix), ks = MIN (CONTEXT_KEY, ctx->n_suffix);
  const gunichar *head = ctx->prefix + ctx->n_prefix - kp;
  gsize from, to, best_cost = G_MAXSIZE, longest = 2 * ctx->m + 32;
  gboolean found = FALSE;

  /* Short context says too little: that is the approximate search's job. */
  if (kp < 8 || ks < 8)
    return FALSE;

  from = ctx->from > kp ? ctx->from - kp : 0;
  to = ctx->to;
  for (gsize p = from; p + kp <= to; p++)
    {
      gsize start = p + kp, limit;

      if (ctx->text[p] != head[0] || !matches_at (ctx, p, head, kp))
        continue;
      limit = MIN (ctx->to, start + longest);
      for (gsize q = start + 1; q + ks <= limit + ks && q + ks <= ctx->n_text; q++)
        {
          gsize distance;

          if (ctx->text[q] != ctx->suffix[0] || !matches_at (ctx, q, ctx->suffix, ks))
            continue;
          distance = start > ctx->old_start ? start - ctx->old_start : ctx->old_start - start;
          if (distance < best_cost)
            {
              best_cost = distance;
              *new_start = start;
              *new_end = q;
              found = TRUE;
            }
          break;
        }
    }
  return found;
}

/* An approximate match may stop short of a word the quote now holds more of
 * ("Secretary of the" for "Secretary of State", now "Secretary of the
 * State"): when the suffix (or the prefix) as it was starts a little after
 * the end (or ends a little before the start), the span reaches it.
 */
static void
stretch_to_context (const Context *ctx,
                    gsize         *start,
                    gsize         *end)
{
  gsize ks = MIN (CONTEXT_KEY, ctx->n_suffix), kp = MIN (CONTEXT_KEY, ctx->n_prefix);
  const gsize reach = 24;

  if (ks >= 4)
    for (gsize q = *end; q <= *end + reach && q + ks <= ctx->n_text; q++)
      if (matches_at (ctx, q, ctx->suffix, ks))
        {
          *end = q;
          break;
        }
  if (kp >= 4)
    for (gsize r = 0; r <= reach && r + kp <= *start; r++)
      if (matches_at (ctx, *start - r - kp, ctx->prefix + ctx->n_prefix - kp, kp))
        {
          *start -= r;
          break;
        }
}

typedef struct
{
  gunichar *pattern;
  gunichar *prefix;
  gunichar *suffix;
} QuoteUcs4;

static void
quote_ucs4_clear (QuoteUcs4 *quote)
{
  g_free (quote->pattern);
  g_free (quote->prefix);
  g_free (quote->suffix);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (QuoteUcs4, quote_ucs4_clear)

static void
context_init (Context     *ctx,
              QuoteUcs4   *quote,
              DiptychText *text,
              const char  *exact,
              const char  *prefix,
              const char  *suffix,
              gsize        expected)
{
  glong m = 0, n_prefix = 0, n_suffix = 0;

  quote->pattern = g_utf8_to_ucs4_fast (exact, -1, &m);
  quote->prefix = g_utf8_to_ucs4_fast (prefix ? prefix : "", -1, &n_prefix);
  quote->suffix = g_utf8_to_ucs4_fast (suffix ? suffix : "", -1, &n_suffix);
  *ctx = (Context) {
    .text = get_ucs4 (text),
    .n_text = diptych_text_get_n_chars (text),
    .pattern = quote->pattern,
    .m = m,
    .prefix = quote->prefix,
    .n_prefix = n_prefix,
    .suffix = quote->suffix,
    .n_suffix = n_suffix,
    .old_start = expected,
  };
  ctx->from = 0;
  ctx->to = ctx->n_text;
  if (ctx->m > 0)
    ctx->index = get_gram_index (text);
}

/* Whether [@old_start, @old_end) still holds the quote, as whole words. */
static gboolean
is_at_old_place (const Context *ctx,
                 gsize          old_start,
                 gsize          old_end)
{
  return old_start <= old_end && old_end <= ctx->n_text && old_end - old_start == ctx->m &&
         memcmp (ctx->text + old_start, ctx->pattern, ctx->m * sizeof (gunichar)) == 0 &&
         !grows_into_word (ctx, old_start, old_end);
}

/* The quote word for word starting in [@from, @to) with at least
 * @min_agreement code points of context: exact at its old place,
 * relocated elsewhere.
 */
static DiptychAnchorStatus
locate_verbatim (Context *ctx,
                 gsize    old_start,
                 gsize    old_end,
                 gsize    from,
                 gsize    to,
                 guint    min_agreement,
                 gsize   *start,
                 gsize   *end)
{
  if (ctx->m == 0 || !find_exact (ctx, from, to, min_agreement, start))
    return DIPTYCH_ANCHOR_ORPHANED;
  *end = *start + ctx->m;
  return *start == old_start && is_at_old_place (ctx, old_start, old_end) ?
    DIPTYCH_ANCHOR_EXACT : DIPTYCH_ANCHOR_RELOCATED;
}

/* The quote word for word with its context: where it was (the only
 * place looked at when the article did not change there), or anywhere
 * with enough of its context that it is the same passage.
 */
static DiptychAnchorStatus
locate_in_context (Context *ctx,
                   gsize    old_start,
                   gsize    old_end,
                   gsize   *start,
                   gsize   *end)
{
  guint whole = ctx->n_prefix + ctx->n_suffix;

  if (is_at_old_place (ctx, old_start, old_end) &&
      context_agreement_at (ctx, old_start, old_end) == whole)
    {
      *start = old_start;
      *end = old_end;
      return DIPTYCH_ANCHOR_EXACT;
    }
  return locate_verbatim (ctx, old_start, old_end, 0, ctx->n_text, MIN (whole, CONTEXT_KEY),
                          start, end);
}

/* [@start, @end) as whole words, the quote's words as they are now. */
static DiptychAnchorStatus
changed_words (DiptychText *text,
               gsize        start,
               gsize        end,
               gsize       *new_start,
               gsize       *new_end)
{
  diptych_anchor_snap_to_words (text, &start, &end);
  if (start == end)
    return DIPTYCH_ANCHOR_ORPHANED;
  *new_start = start;
  *new_end = end;
  return DIPTYCH_ANCHOR_CHANGED;
}

/* Text like the quote in text[ctx->from, ctx->to). */
static DiptychAnchorStatus
locate_like (Context     *ctx,
             DiptychText *text,
             gsize       *new_start,
             gsize       *new_end)
{
  guint max_errors = MAX (1, ctx->m / 4), errors;
  gboolean found;
  gsize start = 0, end = 0;

  if (ctx->m <= BITAP_MAX)
    found = bitap (ctx, ctx->pattern, ctx->m, ctx->from, ctx->to, max_errors, &start, &end, &errors);
  else
    {
      /* When the head was edited, the tail is found first. */
      found = find_long (ctx, max_errors, TRUE, &start, &end) ||
              find_long (ctx, max_errors, FALSE, &start, &end);
    }
  if (!found)
    return DIPTYCH_ANCHOR_ORPHANED;

  stretch_to_context (ctx, &start, &end);
  /* A few words like the quote are common (a word deleted, a like one
   * beside it): short quotes are taken only with some of their context.
   */
  if (ctx->m < SHORT_QUOTE &&
      context_agreement_at (ctx, start, end) < MIN (ctx->n_prefix + ctx->n_suffix, SHORT_QUOTE_AGREEMENT))
    return DIPTYCH_ANCHOR_ORPHANED;
  return changed_words (text, start, end, new_start, new_end);
}

/* In text[ctx->from, ctx->to), by the strength of what says it is the
 * passage marked: the quote word for word with some of its context; the
 * words between its context as it was; the quote word for word alone;
 * text like it.
 */
static DiptychAnchorStatus
locate_near (Context     *ctx,
             DiptychText *text,
             gsize        old_start,
             gsize        old_end,
             gsize       *start,
             gsize       *end)
{
  guint some_context = MIN (ctx->n_prefix + ctx->n_suffix, SHORT_QUOTE_AGREEMENT);
  DiptychAnchorStatus status;
  gsize s, e;

  if (ctx->m == 0 || ctx->from >= ctx->to)
    return DIPTYCH_ANCHOR_ORPHANED;

  status = locate_verbatim (ctx, old_start, old_end, ctx->from, ctx->to, some_context, start, end);
  if (status == DIPTYCH_ANCHOR_ORPHANED && find_between_context (ctx, &s, &e))
    status = changed_words (text, s, e, start, end);
  if (status == DIPTYCH_ANCHOR_ORPHANED)
    status = locate_verbatim (ctx, old_start, old_end, ctx->from, ctx->to, 0, start, end);
  if (status == DIPTYCH_ANCHOR_ORPHANED)
    status = locate_like (ctx, text, start, end);
  return status;
}

/**
 * diptych_anchor_locate_in_context:
 * @text: the article as it is now
 * @exact: the annotated text as it was
 * @prefix: (nullable): the text just before it
 * @suffix: (nullable): the text just after it
 * @old_start: where it started
 * @old_end: where it ended
 * @new_start: (out): where it starts now, unless orphaned
 * @new_end: (out): where it ends now, unless orphaned
 *
 * Looks for @exact word for word, where it was or anywhere, but only
 * where enough of its context agrees (all of it, or 16 code points) to
 * say that it is the same passage: a quote as common as "12"
 * or "said" is not taken from another one. The best place has the most
 * context agreeing, then is the nearest.
 *
 * Returns: exact when [@old_start, @old_end) still holds @exact and is its
 *   best place; relocated when @exact was found elsewhere; otherwise
 *   orphaned, and @new_start and @new_end are not set
 */
DiptychAnchorStatus
diptych_anchor_locate_in_context (DiptychText *text,
                                  const char  *exact,
                                  const char  *prefix,
                                  const char  *suffix,
                                  gsize        old_start,
                                  gsize        old_end,
                                  gsize       *new_start,
                                  gsize       *new_end)
{
  g_auto(QuoteUcs4) quote = { 0 };
  Context ctx;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (exact != NULL, DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (new_start != NULL && new_end != NULL, DIPTYCH_ANCHOR_ORPHANED);

  context_init (&ctx, &quote, text, exact, prefix, suffix, old_start);
  return locate_in_context (&ctx, old_start, old_end, new_start, new_end);
}

/**
 * diptych_anchor_locate_near:
 * @text: the article as it is now
 * @exact: the annotated text as it was, not found in its context (see
 *   diptych_anchor_locate_in_context())
 * @prefix: (nullable): the text just before it
 * @suffix: (nullable): the text just after it
 * @old_start: where it started
 * @old_end: where it ended
 * @expected: where it would start now, judging by the text around it
 * @from: where to look from
 * @to: where to look until
 * @new_start: (out): where it starts now, unless orphaned
 * @new_end: (out): where it ends now, unless orphaned
 *
 * Looks in [@from, @to) for @exact word for word whatever its context;
 * else for the words between its prefix and its suffix as they were; else
 * for text like @exact (a quarter of its code points may differ), the
 * best match having the fewest differences, then the most context
 * agreeing, then being the nearest to @expected. A changed span is whole
 * words (see diptych_anchor_snap_to_words()).
 *
 * Returns: exact, relocated, changed, or orphaned (then @new_start and
 *   @new_end are not set)
 */
DiptychAnchorStatus
diptych_anchor_locate_near (DiptychText *text,
                            const char  *exact,
                            const char  *prefix,
                            const char  *suffix,
                            gsize        old_start,
                            gsize        old_end,
                            gsize        expected,
                            gsize        from,
                            gsize        to,
                            gsize       *new_start,
                            gsize       *new_end)
{
  g_auto(QuoteUcs4) quote = { 0 };
  Context ctx;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (exact != NULL, DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (new_start != NULL && new_end != NULL, DIPTYCH_ANCHOR_ORPHANED);

  context_init (&ctx, &quote, text, exact, prefix, suffix, expected);
  ctx.old_start = MIN (expected, ctx.n_text);
  ctx.from = MIN (from, ctx.n_text);
  ctx.to = MIN (to, ctx.n_text);
  return locate_near (&ctx, text, old_start, old_end, new_start, new_end);
}

/**
 * diptych_anchor_locate:
 * @text: the article as it is now
 * @exact: the annotated text as it was
 * @prefix: (nullable): the text just before it
 * @suffix: (nullable): the text just after it
 * @old_start: where it started
 * @old_end: where it ended
 * @new_start: (out): where it starts now, unless orphaned
 * @new_end: (out): where it ends now, unless orphaned
 *
 * One quote on its own: diptych_anchor_locate_in_context(), then
 * diptych_anchor_locate_near() within %DIPTYCH_ANCHOR_REACH code points
 * of @old_start. The quotes of one text are better placed together, those
 * not found in context near where the others went: see
 * diptych_annotation_place_all().
 *
 * Returns: exact when [@old_start, @old_end) still holds @exact; relocated
 *   when @exact was found elsewhere; changed when text like it was found
 *   but its words differ (then the span is whole words, see
 *   diptych_anchor_snap_to_words()); orphaned when it was not found (then
 *   @new_start and @new_end are not set)
 */
DiptychAnchorStatus
diptych_anchor_locate (DiptychText *text,
                       const char  *exact,
                       const char  *prefix,
                       const char  *suffix,
                       gsize        old_start,
                       gsize        old_end,
                       gsize       *new_start,
                       gsize       *new_end)
{
  g_auto(QuoteUcs4) quote = { 0 };
  Context ctx;
  DiptychAnchorStatus status;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (exact != NULL, DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (new_start != NULL && new_end != NULL, DIPTYCH_ANCHOR_ORPHANED);

  context_init (&ctx, &quote, text, exact, prefix, suffix, old_start);
  status = locate_in_context (&ctx, old_start, old_end, new_start, new_end);
  if (status != DIPTYCH_ANCHOR_ORPHANED)
    return status;

  ctx.old_start = MIN (old_start, ctx.n_text);
  ctx.from = ctx.old_start > DIPTYCH_ANCHOR_REACH ? ctx.old_start - DIPTYCH_ANCHOR_REACH : 0;
  ctx.to = MIN (ctx.n_text, ctx.old_start + ctx.m + DIPTYCH_ANCHOR_REACH);
  return locate_near (&ctx, text, old_start, old_end, new_start, new_end);
}
