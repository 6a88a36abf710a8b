/* diptych-diff.c: word-level diff and alignment of two texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-diff"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "diptych-chunker.h"
#include "diptych-hash.h"
#include "diptych-diff-private.h"
#include "diptych-tokenizer.h"

/* A passage must have at least this many words to be reported as moved. */
#define MIN_MOVED_WORDS 8

/* Within a long run of matching text, an alignment point every this many
 * tokens keeps synchronised scrolling accurate across reflowed paragraphs.
 */
#define ALIGNMENT_STRIDE 24

/* Myers' search gives up beyond this many edits on one region and splits it
 * heuristically, which bounds the worst case (as xdiff does).
 */
#define MIN_COST_LIMIT 256

/* Crossing unique tokens are weighed by the equal runs around them (at most
 * this far either way) when there are at most this many of them.
 */
#define MAX_RUN_WEIGHT 64

/* The first pass leaves this many of the same words on each side of a
 * changed one to the word diff.
 */
#define MARGIN_WORDS 1

/* The longest run of equal tokens that the semantic clean-up folds into
 * the changes around it.
 */
#define MAX_FOLDED_TOKENS 3
#define MAX_WEIGHED_ANCHORS 64

/* The keys of the tokens that stand for runs of chunks that the first pass
 * matched (blocks): text with the same words on both sides, which the word
 * diff neither tokenizes nor compares again. Each block has its own key from
 * here up; no word's key is this large.
 */
#define BLOCK_KEY 0x80000000u

struct _DiptychDiff
{
  GObject      parent_instance;

  DiptychText *left;
  DiptychText *right;
  GArray      *changes;    /* DiptychChange */
  GArray      *bytes;      /* DiptychChangeBytes, one for each change */
  GArray      *alignment;  /* DiptychAlignmentPoint */
  guint        changes_room;    /* what the arrays have room for */
  guint        alignment_room;
};

/* g_array_append_val() without the call, for the tens of thousands of
 * changes and alignment points of a long article. @room is what @array
 * has room for, which GArray does not say.
 */
static inline gpointer
array_push (GArray *array,
            guint  *room,
            gsize   element_size)
{
  if (G_UNLIKELY (array->len >= *room))
    {
      guint len = array->len;

      *room = MAX (64, 2 * len);
      g_array_set_size (array, *room);
      g_array_set_size (array, len);
    }
  return array->data + element_size * array->len++;
}

G_DEFINE_FINAL_TYPE (DiptychDiff, diptych_diff, G_TYPE_OBJECT)

typedef struct
{
  guint alo, ahi, blo, bhi;
  gboolean myers;  /* skip unique-token anchoring: it found nothing here */
} Region;

/* The diff reads the keys where they are, in DiptychToken and DiptychChunk
 * alike: the third of three 32-bit fields.
 */
#define KEY_STRIDE 3
#define KEY(keys, i) ((keys)[(gsize)(i) * KEY_STRIDE])

G_STATIC_ASSERT (sizeof (DiptychToken) == KEY_STRIDE * sizeof (guint32));
G_STATIC_ASSERT (G_STRUCT_OFFSET (DiptychToken, key) == 2 * sizeof (guint32));
G_STATIC_ASSERT (sizeof (DiptychChunk) == KEY_STRIDE * sizeof (guint32));
G_STATIC_ASSERT (G_STRUCT_OFFSET (DiptychChunk, key) == 2 * sizeof (guint32));

/* How often a key occurs in a region, up to twice: one is all that
 * anchoring needs to know.
 */
typedef struct
{
  guint32 stamp;    /* the region counted, or an earlier one */
  guint32 pos_b;    /* where the key last occurs on the right */
  guint8  count_a;
  guint8  count_b;
} KeyCount;

typedef struct
{
  const guint32 *ka;  /* keys of the left tokens, KEY_STRIDE apart */
  const guint32 *kb;
  guint          na;
  guint          nb;
  gint32        *a_match;  /* index of the matching right token, or -1 */
  gint32        *b_match;

  /* Scratch for counting keys per region without clearing it. */
  KeyCount      *counts;  /* by key */
  guint32        current_stamp;

  /* Scratch for Myers' bisection. */
  gint          *v1;
  gint          *v2;
  GArray        *stack;  /* Region */
  GArray        *candidates;
} DiffContext;

static inline void
match (DiffContext *ctx,
       guint        i,
       guint        j)
{
  ctx->a_match[i] = j;
  ctx->b_match[j] = i;
}

static void
push_region (DiffContext *ctx,
             guint        alo,
             guint        ahi,
             guint        blo,
             guint        bhi,
             gboolean     myers)
{
  Region r = { alo, ahi, blo, bhi, myers };

  if (alo < ahi && blo < bhi)
    g_array_append_val (ctx->stack, r);
}

/* Longest increasing subsequence (by right index) of candidate pairs sorted
 * by left index, by patience sorting. Returns the number kept; the kept pairs
 * are moved to the front of @pairs in order.
 */
static guint
longest_increasing (guint32 *pairs,
                    guint    n)
{
  g_autofree guint *tails = g_new (guint, n);   /* pile tops: candidate index */
  g_autofree guint *back = g_new (guint, n);    /* predecessor of each candidate */
  g_autofree guint *chain = NULL;
  guint n_piles = 0;
  guint k;

  for (guint c = 0; c < n; c++)
    {
      guint32 bj = pairs[2 * c + 1];
      guint lo = 0, hi = n_piles;

      /* Most pairs come in order (text that did not move): a new pile. */
      if (n_piles > 0 && pairs[2 * tails[n_piles - 1] + 1] < bj)
        lo = n_piles;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (pairs[2 * tails[mid] + 1] < bj)
            lo = mid + 1;
          else
            hi = mid;
        }

      back[c] = lo > 0 ? tails[lo - 1] : G_MAXUINT;
      tails[lo] = c;
      if (lo == n_piles)
        n_piles++;
    }

  if (n_piles == 0)
    return 0;

  chain = g_new (guint, n_piles);
  k = n_piles;
  for (guint c = tails[n_piles - 1]; c != G_MAXUINT; c = back[c])
    chain[--k] = c;

  for (k = 0; k < n_piles; k++)
    {
      guint32 ai = pairs[2 * chain[k]];
      guint32 bj = pairs[2 * chain[k] + 1];

      pairs[2 * k] = ai;
      pairs[2 * k + 1] = bj;
    }

  return n_piles;
}

static gboolean
crossing (const guint32 *pairs,
          guint          n)
{
  for (guint c = 1; c < n; c++)
    if (pairs[2 * c + 1] < pairs[2 * c - 1])
      return TRUE;
  return FALSE;
}

/* How many tokens around the match of left @i and right @j are the same on
 * both sides, within the region: what keeping that match saves.
 */
static guint
run_around (const DiffContext *ctx,
            const Region      *r,
            guint              i,
            guint              j)
{
  guint n = 1;

  for (guint k = 1; k <= MAX_RUN_WEIGHT && i >= r->alo + k && j >= r->blo + k &&
                    KEY (ctx->ka, i - k) == KEY (ctx->kb, j - k); k++)
    n++;
  for (guint k = 1; k <= MAX_RUN_WEIGHT && i + k < r->ahi && j + k < r->bhi &&
                    KEY (ctx->ka, i + k) == KEY (ctx->kb, j + k); k++)
    n++;
  return n;
}

/* When unique tokens cross (“a [[Pennsylvania]] and” against “and
 * [[Pennsylvania]]”), the longest chain of them may keep a lone word and
 * lose a long run around another: keep instead the chain whose matches
 * have the most equal tokens around them, as git's histogram diff prefers
 * the longest common run. Quadratic, so only for a few candidates.
 */
static guint
heaviest_increasing (const DiffContext *ctx,
                     const Region      *r,
                     guint32           *pairs,
                     guint              n)
{
  g_autofree guint *best = g_new (guint, n);
  g_autofree guint *back = g_new (guint, n);
  g_autofree guint32 *chain = NULL;
  guint top = 0, k = 0;

  for (guint c = 0; c < n; c++)
    {
      guint weight = run_around (ctx, r, pairs[2 * c], pairs[2 * c + 1]);

      best[c] = weight;
      back[c] = G_MAXUINT;
      for (guint p = 0; p < c; p++)
        if (pairs[2 * p + 1] < pairs[2 * c + 1] && best[p] + weight > best[c])
          {
            best[c] = best[p] + weight;
            back[c] = p;
          }
      if (best[c] > best[top])
        top = c;
    }

  for (guint c = top; c != G_MAXUINT; c = back[c])
    k++;
  chain = g_new (guint32, 2 * k);
  for (guint c = top, m = k; c != G_MAXUINT; c = back[c])
    {
      m--;
      chain[2 * m] = pairs[2 * c];
      chain[2 * m + 1] = pairs[2 * c + 1];
    }
  memcpy (pairs, chain, sizeof (guint32) * 2 * k);
  return k;
}

/* Anchors a region on the tokens that occur exactly once on each side, as
 * patience diff does. Returns FALSE when there are none.
 */
static gboolean
anchor_unique (DiffContext  *ctx,
               const Region *r)
{
  guint32 stamp = ++ctx->current_stamp;
  guint32 *pairs;
  guint n_pairs, n_kept;
  guint alo, blo;

  for (guint i = r->alo; i < r->ahi; i++)
    {
      KeyCount *count = &ctx->counts[KEY (ctx->ka, i)];

      if (count->stamp != stamp)
        {
          count->stamp = stamp;
          count->count_a = 0;
          count->count_b = 0;
        }
      if (count->count_a < 2)
        count->count_a++;
    }

  for (guint j = r->blo; j < r->bhi; j++)
    {
      KeyCount *count = &ctx->counts[KEY (ctx->kb, j)];

      if (count->stamp != stamp)
        continue;
      if (count->count_b < 2)
        count->count_b++;
      count->pos_b = j;
    }

  /* At most one candidate per left token. */
  g_array_set_size (ctx->candidates, 2 * (r->ahi - r->alo));
  pairs = &g_array_index (ctx->candidates, guint32, 0);
  n_pairs = 0;
  for (guint i = r->alo; i < r->ahi; i++)
    {
      const KeyCount *count = &ctx->counts[KEY (ctx->ka, i)];

      if (count->count_a == 1 && count->count_b == 1)
        {
          pairs[2 * n_pairs] = i;
          pairs[2 * n_pairs + 1] = count->pos_b;
          n_pairs++;
        }
    }

  if (n_pairs == 0)
    return FALSE;

  n_kept = crossing (pairs, n_pairs) && n_pairs <= MAX_WEIGHED_ANCHORS
           ? heaviest_increasing (ctx, r, pairs, n_pairs)
           : longest_increasing (pairs, n_pairs);

  alo = r->alo;
  blo = r->blo;
  for (guint k = 0; k < n_kept; k++)
    {
      guint32 ai = pairs[2 * k];
      guint32 bj = pairs[2 * k + 1];

      match (ctx, ai, bj);
      push_region (ctx, alo, ai, blo, bj, FALSE);
      alo = ai + 1;
      blo = bj + 1;
    }
  push_region (ctx, alo, r->ahi, blo, r->bhi, FALSE);

  return TRUE;
}

/* Myers' bisection: finds the middle of an optimal edit path through the
 * region (offsets relative to its start). Beyond @cost_limit edits it returns
 * the furthest point reached instead. Returns FALSE when the two sides have
 * nothing in common.
 */
static gboolean
bisect (DiffContext  *ctx,
        const Region *r,
        gint         *split_x,
        gint         *split_y)
{
  const guint32 *a = &KEY (ctx->ka, r->alo);
  const guint32 *b = &KEY (ctx->kb, r->blo);
  gint n = r->ahi - r->alo;
  gint m = r->bhi - r->blo;
  gint max_d = (n + m + 1) / 2;
  gint v_offset = max_d;
  gint v_length = 2 * max_d + 2;
  gint delta = n - m;
  gboolean front = (delta % 2) != 0;
  gint k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  gint cost_limit;
  gint *v1 = ctx->v1;
  gint *v2 = ctx->v2;
  gint best_x = -1, best_y = -1;

  /* sqrt of the region size, at least MIN_COST_LIMIT */
  cost_limit = MIN_COST_LIMIT;
  while ((gint64)cost_limit * cost_limit < (gint64)(n + m))
    cost_limit *= 2;

  for (gint i = 0; i < v_length; i++)
    v1[i] = v2[i] = -1;
  v1[v_offset + 1] = 0;
  v2[v_offset + 1] = 0;

  for (gint d = 0; d < max_d; d++)
    {
      if (d > cost_limit)
        break;

      for (gint k1 = -d + k1start; k1 <= d - k1end; k1 += 2)
        {
          gint k1_offset = v_offset + k1;
          gint x1, y1;

          if (k1 == -d || (k1 != d && v1[k1_offset - 1] < v1[k1_offset + 1]))
            x1 = v1[k1_offset + 1];
          else
            x1 = v1[k1_offset - 1] + 1;
          y1 = x1 - k1;
          while (x1 < n && y1 < m && KEY (a, x1) == KEY (b, y1))
            {
              x1++;
              y1++;
            }
          v1[k1_offset] = x1;

          if (x1 > n)
            k1end += 2;
          else if (y1 > m)
            k1start += 2;
          else
            {
              if (x1 + y1 > best_x + best_y)
                {
                  best_x = x1;
                  best_y = y1;
                }

              if (front)
                {
                  gint k2_offset = v_offset + delta - k1;

                  if (k2_offset >= 0 && k2_offset < v_length && v2[k2_offset] != -1)
                    {
                      gint x2 = n - v2[k2_offset];

                      if (x1 >= x2)
                        {
                          *split_x = x1;
                          *split_y = y1;
                          return TRUE;
                        }
                    }
                }
            }
        }

      for (gint k2 = -d + k2start; k2 <= d - k2end; k2 += 2)
        {
          gint k2_offset = v_offset + k2;
          gint x2, y2;

          if (k2 == -d || (k2 != d && v2[k2_offset - 1] < v2[k2_offset + 1]))
            x2 = v2[k2_offset + 1];
          else
            x2 = v2[k2_offset - 1] + 1;
          y2 = x2 - k2;
          while (x2 < n && y2 < m && KEY (a, n - x2 - 1) == KEY (b, m - y2 - 1))
            {
              x2++;
              y2++;
            }
          v2[k2_offset] = x2;

          if (x2 > n)
            k2end += 2;
          else if (y2 > m)
            k2start += 2;
          else if (!front)
            {
              gint k1_offset = v_offset + delta - k2;

              if (k1_offset >= 0 && k1_offset < v_length && v1[k1_offset] != -1)
                {
                  gint x1 = v1[k1_offset];
                  gint y1 = v_offset + x1 - k1_offset;

                  if (x1 >= n - x2)
                    {
                      *split_x = x1;
                      *split_y = y1;
                      return TRUE;
                    }
                }
            }
        }
    }

  /* Too costly or nothing in common: split where the forward search got
   * furthest, if that makes progress.
   */
  if (best_x + best_y > 0 && !(best_x == n && best_y == m))
    {
      *split_x = best_x;
      *split_y = best_y;
      return TRUE;
    }

  return FALSE;
}

static void
diff_regions (DiffContext *ctx)
{
  while (ctx->stack->len > 0)
    {
      Region r = g_array_index (ctx->stack, Region, ctx->stack->len - 1);
      gint x, y;

      g_array_set_size (ctx->stack, ctx->stack->len - 1);

      while (r.alo < r.ahi && r.blo < r.bhi && KEY (ctx->ka, r.alo) == KEY (ctx->kb, r.blo))
        match (ctx, r.alo++, r.blo++);
      while (r.alo < r.ahi && r.blo < r.bhi && KEY (ctx->ka, r.ahi - 1) == KEY (ctx->kb, r.bhi - 1))
        match (ctx, --r.ahi, --r.bhi);

      if (r.alo == r.ahi || r.blo == r.bhi)
        continue;

      if (!r.myers && anchor_unique (ctx, &r))
        continue;

      if (bisect (ctx, &r, &x, &y))
        {
          push_region (ctx, r.alo + x, r.ahi, r.blo + y, r.bhi, TRUE);
          push_region (ctx, r.alo, r.alo + x, r.blo, r.blo + y, TRUE);
        }
    }
}

/* Whether the token that ends at @end ends a sentence: a full stop,
 * question or exclamation mark or ellipsis, maybe inside a closing quote
 * or bracket.
 */
static gboolean
ends_sentence (const char *text,
               guint32     start,
               guint32     end)
{
  const guchar *p = (const guchar *)text + end;
  const guchar *first = (const guchar *)text + start;

  /* A closing quote or bracket after the mark: ” ’ " ' ) ». */
  if (p - first >= 3 && p[-3] == 0xE2 && p[-2] == 0x80 && (p[-1] == 0x9D || p[-1] == 0x99))
    p -= 3;
  else if (p - first >= 2 && p[-2] == 0xC2 && p[-1] == 0xBB)
    p -= 2;
  else if (p - first >= 1 && (p[-1] == '"' || p[-1] == '\'' || p[-1] == ')'))
    p--;
  if (p == first && p > (const guchar *)text)
    p = first;  /* the quote is a token of its own: look at the one before */

  if (p - first >= 1 && (p[-1] == '.' || p[-1] == '!' || p[-1] == '?'))
    return TRUE;
  return p - first >= 3 && p[-3] == 0xE2 && p[-2] == 0x80 && p[-1] == 0xA6;  /* … */
}

/* How strongly the gap before token @i separates it from the one before:
 * nothing, a space, the end of a sentence, a line break, a blank line, the
 * text's edge. Runs slide to the strongest, as diff-match-patch's
 * semantic shift does.
 */
static guint
gap_weight (const char         *text,
            const DiptychToken *tokens,
            guint               n,
            guint               i)
{
  guint newlines = 0;

  if (i == 0 || i >= n)
    return 6;
  if (tokens[i].byte_start == tokens[i - 1].byte_end)
    return 0;
  for (guint32 k = tokens[i - 1].byte_end; k < tokens[i].byte_start; k++)
    if (text[k] == '\n')
      newlines++;
  if (newlines > 0)
    return newlines == 1 ? 4 : 5;
  if (ends_sentence (text, tokens[i - 1].byte_start, tokens[i - 1].byte_end) ||
      (i >= 2 && tokens[i - 1].byte_end - tokens[i - 1].byte_start <= 3 &&
       tokens[i - 1].byte_start == tokens[i - 2].byte_end &&
       ends_sentence (text, tokens[i - 2].byte_start, tokens[i - 2].byte_end)))
    return 3;
  return 2;
}

/* A run of tokens inserted on one side between two matches can often slide
 * (“x. y.” inserted after “x.” or “. y” before “.”). Put each at the place
 * whose ends fall on the strongest breaks, so that whole sentences and
 * paragraphs are marked rather than a word and the next one's full stop.
 */
static void
slide_runs (const char         *text,
            const DiptychToken *tokens,
            guint               n,
            gint32             *match,
            gint32             *other_match,
            guint               n_other)
{
  guint j = 0;

  while (j < n)
    {
      guint s, e, up = 0, down = 0, best_score;
      gint prev, next, best = 0;

      if (match[j] >= 0)
        {
          j++;
          continue;
        }

      s = j;
      while (j < n && match[j] < 0)
        j++;
      e = j;

      /* Only runs facing nothing on the other side slide. */
      prev = s > 0 ? match[s - 1] : -1;
      next = e < n ? match[e] : (gint)n_other;
      if (next - prev != 1)
        continue;

      /* A match of -1 is no match: the run stops at the first token
       * that faces nothing (fuzzing found the slide going past it).
       */
      while (up < s && prev - (gint)up >= 0 && match[s - up - 1] == prev - (gint)up &&
             tokens[s - up - 1].key == tokens[e - up - 1].key)
        up++;
      while (e + down < n && match[e + down] == next + (gint)down &&
             tokens[s + down].key == tokens[e + down].key)
        down++;
      if (up == 0 && down == 0)
        continue;

      best_score = 0;
      for (gint o = -(gint)up; o <= (gint)down; o++)
        {
          guint score = gap_weight (text, tokens, n, s + o) + gap_weight (text, tokens, n, e + o);

          if (score > best_score || (score == best_score && o <= 0))
            {
              best_score = score;
              best = o;
            }
        }

      if (best > 0)
        {
          for (gint t = 0; t < best; t++)
            {
              gint32 other = match[e + t];

              match[e + t] = -1;
              match[s + t] = other;
              other_match[other] = s + t;
            }
        }
      else if (best < 0)
        {
          for (gint t = 1; t <= -best; t++)
            {
              gint32 other = match[s - t];

              match[s - t] = -1;
              match[e - t] = other;
              other_match[other] = e - t;
            }
        }
      j = e + MAX (best, 0);
    }
}

static guint
count_words (DiptychKeyTable    *keys,
             const DiptychToken *tokens,
             guint               from,
             guint               to)
{
  guint n = 0;

  for (guint i = from; i < to; i++)
    if (diptych_key_table_get_kind (keys, tokens[i].key) != DIPTYCH_TOKEN_PUNCTUATION)
      n++;
  return n;
}

/* Semantic clean-up, after diff-match-patch's diff_cleanupSemantic: a
 * short run of equal tokens between two changes of words (“the”, “of a”,
 * a comma) is folded into one replacement when it is no longer than what
 * changed on either side of it, so that a rewritten sentence reads as one
 * change rather than as fragments around its small words. A longer run, a
 * line break or a change of punctuation alone keeps changes apart: an
 * isolated word change stays isolated.
 */
typedef struct
{
  guint del, ins;      /* bytes of the changed tokens on each side */
  guint words;         /* words among them */
  gboolean may_move;   /* one-sided and long enough to be half a move */
} HunkSize;

/* A run of equal tokens, and the changed tokens up to the next run. */
typedef struct
{
  guint    ai, bj, len;
  HunkSize after;
  gboolean merged;     /* a run after it was folded: @after is out of date */
} EqualRun;

static guint
span_bytes (const DiptychToken *tokens,
            guint               from,
            guint               to)
{
  return to > from ? tokens[to - 1].byte_end - tokens[from].byte_start : 0;
}

static void
hunk_size (DiptychKeyTable    *keys,
           const DiptychToken *a,
           guint               ia,
           guint               ea,
           const DiptychToken *b,
           guint               ib,
           guint               eb,
           HunkSize           *size)
{
  size->del = span_bytes (a, ia, ea);
  size->ins = span_bytes (b, ib, eb);
  size->words = count_words (keys, a, ia, ea) + count_words (keys, b, ib, eb);
  size->may_move = (ia == ea || ib == eb) && size->words >= MIN_MOVED_WORDS;
}

static gboolean
has_line_break (const char *text,
                gsize       from,
                gsize       to)
{
  return memchr (text + from, '\n', to - from) != NULL;
}

/* The changed tokens after @runs[@k] (or before the first run, with @k
 * of G_MAXUINT), up to the next run.
 */
static void
hunk_after (DiptychKeyTable    *keys,
            const DiptychToken *a,
            guint               na,
            const DiptychToken *b,
            guint               nb,
            const EqualRun     *runs,
            guint               n_runs,
            guint               k,
            HunkSize           *size)
{
  guint ea = k < n_runs ? runs[k].ai + runs[k].len : 0;
  guint eb = k < n_runs ? runs[k].bj + runs[k].len : 0;
  guint next = k < n_runs ? k + 1 : 0;

  hunk_size (keys, a, ea, next < n_runs ? runs[next].ai : na,
             b, eb, next < n_runs ? runs[next].bj : nb, size);
}

/* One pass of the clean-up over @runs, which drops the runs it folds.
 * Returns how many it folded.
 */
static guint
fold_pass (DiptychKeyTable    *keys,
           const char         *a_text,
           const DiptychToken *a,
           guint               na,
           const DiptychToken *b,
           guint               nb,
           gint32             *a_match,
           gint32             *b_match,
           EqualRun           *runs,
           guint              *n_runs,
           HunkSize           *head,
           gboolean           *head_merged)
{
  HunkSize before = *head;
  guint n = *n_runs, kept = 0;
  guint n_folded = 0;

  for (guint k = 0; k < n; k++)
    {
      EqualRun run = runs[k];
      guint ea = run.ai + run.len;
      guint equal_len;

      /* The run with the gaps around it. */
      equal_len = span_bytes (a, run.ai, ea) + 2;

      if (run.len <= MAX_FOLDED_TOKENS && a[run.ai].key < BLOCK_KEY &&
          before.words > 0 && run.after.words > 0 && !before.may_move && !run.after.may_move &&
          equal_len <= MAX (before.del, before.ins) &&
          equal_len <= MAX (run.after.del, run.after.ins) &&
          run.ai > 0 && ea < na &&
          !has_line_break (a_text, a[run.ai - 1].byte_end, a[ea].byte_start))
        {
          for (guint t = 0; t < run.len; t++)
            {
              a_match[run.ai + t] = -1;
              b_match[run.bj + t] = -1;
            }
          before.del += equal_len + run.after.del;
          before.ins += equal_len + run.after.ins;
          before.words += run.after.words;
          n_folded++;
          if (kept > 0)
            runs[kept - 1].merged = TRUE;
          else
            *head_merged = TRUE;
        }
      else
        {
          before = run.after;
          runs[kept++] = run;
        }
    }

  *n_runs = kept;
  return n_folded;
}

/* The runs of equal tokens, each with the changed tokens after it. */
static EqualRun *
equal_runs (DiptychKeyTable    *keys,
            const DiptychToken *a,
            guint               na,
            const DiptychToken *b,
            guint               nb,
            const gint32       *a_match,
            guint              *n_runs)
{
  guint n = 0, capacity = 64;
  EqualRun *runs = g_new (EqualRun, capacity);

  for (guint i = 0; i < na;)
    {
      EqualRun run = { i, 0, 1, { 0 }, FALSE };

      if (a_match[i] < 0)
        {
          i++;
          continue;
        }
      run.bj = a_match[i];
      if (a[i].key < BLOCK_KEY)
        while (i + run.len < na && a_match[i + run.len] == (gint32)(run.bj + run.len) &&
               a[i + run.len].key < BLOCK_KEY)
          run.len++;
      if (n == capacity)
        {
          capacity *= 2;
          runs = g_renew (EqualRun, runs, capacity);
        }
      runs[n++] = run;
      i += run.len;
    }

  for (guint k = 0; k < n; k++)
    hunk_after (keys, a, na, b, nb, runs, n, k, &runs[k].after);

  *n_runs = n;
  return runs;
}

static void
fold_short_equalities (DiptychKeyTable    *keys,
                       const char         *a_text,
                       const DiptychToken *a,
                       guint               na,
                       const DiptychToken *b,
                       guint               nb,
                       gint32             *a_match,
                       gint32             *b_match)
{
  g_autofree EqualRun *runs = NULL;
  guint n_runs;
  HunkSize head;
  gboolean head_merged = FALSE;

  /* The runs are listed once: a pass only drops those it folds, which
   * makes the changes around them one, and the sizes of those are
   * counted again for the next pass.
   */
  runs = equal_runs (keys, a, na, b, nb, a_match, &n_runs);
  if (n_runs == 0)
    return;
  hunk_after (keys, a, na, b, nb, runs, n_runs, G_MAXUINT, &head);

  /* A fold makes the change grow, which may let the run before it fold
   * too on the next pass.
   */
  for (guint pass = 0; pass < 4; pass++)
    {
      if (fold_pass (keys, a_text, a, na, b, nb, a_match, b_match,
                     runs, &n_runs, &head, &head_merged) == 0)
        break;

      if (head_merged)
        hunk_after (keys, a, na, b, nb, runs, n_runs, G_MAXUINT, &head);
      head_merged = FALSE;
      for (guint k = 0; k < n_runs; k++)
        if (runs[k].merged)
          {
            hunk_after (keys, a, na, b, nb, runs, n_runs, k, &runs[k].after);
            runs[k].merged = FALSE;
          }
    }
}

/* Builds the change list. */

typedef struct
{
  DiptychDiff        *self;
  const char         *a_text;
  const char         *b_text;
  gsize               a_bytes;
  gsize               b_bytes;
  const DiptychToken *a;
  const DiptychToken *b;
  guint               na;
  guint               nb;
  DiptychKeyTable    *keys;
  GArray             *hunks;  /* Hunk: deletions and insertions that may be moves */
  GString            *a_keys;
  GString            *b_keys;
} Walk;

typedef struct
{
  guint change_index;
  guint from, to;     /* token range on the side that has text */
  gboolean is_delete;
  guint n_words;
  guint32 hash;
} Hunk;

static inline gunichar
get_char (const char  *p,
          const char **next)
{
  if ((guchar)*p < 0x80)
    {
      *next = p + 1;
      return (guchar)*p;
    }
  *next = g_utf8_next_char (p);
  return g_utf8_get_char (p);
}

/* Code point offsets of byte offsets, for what is reported. */
#define A_CHAR(w, byte) diptych_text_byte_to_char ((w)->self->left, (byte))
#define B_CHAR(w, byte) diptych_text_byte_to_char ((w)->self->right, (byte))

static void
add_change (Walk               *w,
            DiptychChangeClass  change_class,
            gsize               left_start,
            gsize               left_end,
            gsize               right_start,
            gsize               right_end,
            gsize               a_byte,
            gsize               a_byte_end,
            gsize               b_byte,
            gsize               b_byte_end)
{
  DiptychChange change;
  DiptychChangeBytes bytes = { a_byte, a_byte_end, b_byte, b_byte_end };

  change.change_class = change_class;
  change.left_start = left_start;
  change.left_end = left_end;
  change.right_start = right_start;
  change.right_end = right_end;

  if (left_start == left_end)
    change.op = DIPTYCH_CHANGE_INSERT;
  else if (right_start == right_end)
    change.op = DIPTYCH_CHANGE_DELETE;
  else
    change.op = DIPTYCH_CHANGE_REPLACE;

  {
    guint room = w->self->changes_room;

    *(DiptychChange *)array_push (w->self->changes, &room, sizeof change) = change;
    *(DiptychChangeBytes *)array_push (w->self->bytes, &w->self->changes_room, sizeof bytes) = bytes;
  }
}

/* Adds a change for two different strings, narrowed to what differs
 * between them.
 */
static void
add_narrowed_change (Walk               *w,
                     DiptychChangeClass  change_class,
                     gsize               a_byte,
                     gsize               a_byte_end,
                     gsize               a_char,
                     gsize               b_byte,
                     gsize               b_byte_end,
                     gsize               b_char)
{
  const char *ap = w->a_text + a_byte, *aend = w->a_text + a_byte_end;
  const char *bp = w->b_text + b_byte, *bend = w->b_text + b_byte_end;
  gsize a_chars = diptych_utf8_count_chars (ap, aend - ap);
  gsize b_chars = diptych_utf8_count_chars (bp, bend - bp);
  gsize prefix = 0, suffix = 0;

  while (ap < aend && bp < bend && g_utf8_get_char (ap) == g_utf8_get_char (bp))
    {
      ap = g_utf8_next_char (ap);
      bp = g_utf8_next_char (bp);
      prefix++;
    }
  while (aend > ap && bend > bp)
    {
      const char *pa = g_utf8_prev_char (aend);
      const char *pb = g_utf8_prev_char (bend);

      if (g_utf8_get_char (pa) != g_utf8_get_char (pb))
        break;
      aend = pa;
      bend = pb;
      suffix++;
    }

  add_change (w, change_class,
              a_char + prefix, a_char + a_chars - suffix,
              b_char + prefix, b_char + b_chars - suffix,
              ap - w->a_text, aend - w->a_text, bp - w->b_text, bend - w->b_text);
}

/* A character of whitespace as diptych_fold_space() folds it. */
static inline gunichar
fold_space_char (gunichar c)
{
  if (c == ' ' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
    return c;
  if (c == 0x2028 || c == 0x2029)
    return '\n';
  return diptych_is_space (c) ? ' ' : c;
}

/* Reports the difference, if any, between two runs of whitespace. */
static void
compare_space (Walk  *w,
               gsize  a_start,
               gsize  a_end,
               gsize  b_start,
               gsize  b_end)
{
  const char *ap = w->a_text + a_start, *aend = w->a_text + a_end;
  const char *bp = w->b_text + b_start, *bend = w->b_text + b_end;
  DiptychChangeClass change_class = DIPTYCH_CHANGE_CLASS_TYPOGRAPHY;

  if (a_end - a_start == b_end - b_start &&
      memcmp (w->a_text + a_start, w->b_text + b_start, a_end - a_start) == 0)
    return;

  /* Only the kind of space differs (a no-break space): typography.
   * Anything else, line breaks or the number of spaces: layout. Compared
   * a character at a time as diptych_fold_space() folds them, without
   * building the folded strings: a re-wrapped text has thousands of gaps.
   */
  while (ap < aend && bp < bend)
    {
      gunichar ca = get_char (ap, &ap);
      gunichar cb = get_char (bp, &bp);

      if (fold_space_char (ca) != fold_space_char (cb))
        {
          change_class = DIPTYCH_CHANGE_CLASS_LAYOUT;
          break;
        }
    }
  if (ap < aend || bp < bend)
    change_class = DIPTYCH_CHANGE_CLASS_LAYOUT;

  add_narrowed_change (w, change_class, a_start, a_end, A_CHAR (w, a_start),
                       b_start, b_end, B_CHAR (w, b_start));
}

/* The whitespace between matched tokens pa and na (pb and nb). */
static void
compare_gaps (Walk  *w,
              gint   pa,
              gint   pb,
              guint  na,
              guint  nb)
{
  compare_space (w,
                 pa >= 0 ? w->a[pa].byte_end : 0,
                 na < w->na ? w->a[na].byte_start : w->a_bytes,
                 pb >= 0 ? w->b[pb].byte_end : 0,
                 nb < w->nb ? w->b[nb].byte_start : w->b_bytes);
}

static void
compare_matched_tokens (Walk  *w,
                        guint  i,
                        guint  j)
{
  const DiptychToken *ta = &w->a[i];
  const DiptychToken *tb = &w->b[j];

  if (ta->byte_end - ta->byte_start == tb->byte_end - tb->byte_start &&
      memcmp (w->a_text + ta->byte_start, w->b_text + tb->byte_start,
              ta->byte_end - ta->byte_start) == 0)
    return;

  add_narrowed_change (w, DIPTYCH_CHANGE_CLASS_TYPOGRAPHY,
                       ta->byte_start, ta->byte_end, A_CHAR (w, ta->byte_start),
                       tb->byte_start, tb->byte_end, B_CHAR (w, tb->byte_start));
}

static guint32
hash_keys (const DiptychToken *tokens,
           guint               from,
           guint               to)
{
  guint32 h = 2166136261u;

  for (guint i = from; i < to; i++)
    h = (h ^ tokens[i].key) * 16777619u;
  return h;
}

static gboolean
same_keys (const DiptychToken *a,
           guint               afrom,
           const DiptychToken *b,
           guint               bfrom,
           guint               n)
{
  for (guint k = 0; k < n; k++)
    if (a[afrom + k].key != b[bfrom + k].key)
      return FALSE;
  return TRUE;
}

static gboolean
is_dash_key (const char *key)
{
  return g_str_equal (key, "\xE2\x80\x94");  /* the key all dashes fold to */
}

/* The bytes between matched tokens @pa and @na (@pb and @nb), without the
 * whitespace that both sides start and end with.
 */
static void
hunk_range (Walk   *w,
            gint    pa,
            gint    pb,
            guint   na,
            guint   nb,
            gsize  *a_start,
            gsize  *a_end,
            gsize  *b_start,
            gsize  *b_end)
{
  const char *as = w->a_text + (pa >= 0 ? w->a[pa].byte_end : 0);
  const char *ae = w->a_text + (na < w->na ? w->a[na].byte_start : w->a_bytes);
  const char *bs = w->b_text + (pb >= 0 ? w->b[pb].byte_end : 0);
  const char *be = w->b_text + (nb < w->nb ? w->b[nb].byte_start : w->b_bytes);

  while (as < ae && bs < be)
    {
      const char *an, *bn;
      gunichar c = get_char (as, &an);

      if (c != get_char (bs, &bn) || !diptych_is_space (c))
        break;
      as = an;
      bs = bn;
    }
  while (as < ae && bs < be)
    {
      const char *ap = g_utf8_prev_char (ae), *bp = g_utf8_prev_char (be);
      gunichar c = g_utf8_get_char (ap);

      if (c != g_utf8_get_char (bp) || !diptych_is_space (c))
        break;
      ae = ap;
      be = bp;
    }

  *a_start = as - w->a_text;
  *a_end = ae - w->a_text;
  *b_start = bs - w->b_text;
  *b_end = be - w->b_text;
}

static gboolean
all_space (const char *text,
           gsize       start,
           gsize       end)
{
  const char *p = text + start;

  while (p < text + end)
    {
      const char *next;

      if (!diptych_is_space (get_char (p, &next)))
        return FALSE;
      p = next;
    }
  return TRUE;
}

static void
add_hunk (Walk  *w,
          gint   pa,
          gint   pb,
          guint  ia,
          guint  na,
          guint  ib,
          guint  nb)
{
  gsize left_start, left_end, right_start, right_end;
  guint n_words = count_words (w->keys, w->a, ia, na) + count_words (w->keys, w->b, ib, nb);
  DiptychChangeClass change_class;

  gsize as, ae, bs, be;
  gboolean a_space = FALSE, b_space = FALSE;

  /* The change takes the whitespace on both sides of its tokens, less what
   * both texts have there alike: the space around an inserted word or the
   * blank line after an inserted paragraph is part of what changed.
   */
  hunk_range (w, pa, pb, na, nb, &as, &ae, &bs, &be);

  /* Words gone and a space more (or the other way round) are two changes,
   * the words' and the space's, not a replacement of words by a space.
   */
  if (na == ia && as < ae)
    a_space = all_space (w->a_text, as, ae);
  else if (nb == ib && bs < be)
    b_space = all_space (w->b_text, bs, be);

  left_start = A_CHAR (w, as);
  left_end = a_space ? left_start : as == ae ? left_start : A_CHAR (w, ae);
  right_start = B_CHAR (w, bs);
  right_end = b_space ? right_start : bs == be ? right_start : B_CHAR (w, be);

  if (n_words == 0)
    {
      change_class = DIPTYCH_CHANGE_CLASS_PUNCTUATION;
    }
  else if (na == ia || nb == ib)
    {
      change_class = DIPTYCH_CHANGE_CLASS_CONTENT;  /* words on one side only */
    }
  else
    {
      GString *a_keys = w->a_keys;
      GString *b_keys = w->b_keys;

      /* "fact-finding" against "fact -\nfinding": the same characters split
       * differently (a hyphen and a dash alike) is not a change of words.
       */
      g_string_truncate (a_keys, 0);
      g_string_truncate (b_keys, 0);
      for (guint i = ia; i < na; i++)
        {
          const char *key = diptych_key_table_lookup (w->keys, w->a[i].key);

          g_string_append (a_keys, is_dash_key (key) ? "-" : key);
        }
      for (guint j = ib; j < nb; j++)
        {
          const char *key = diptych_key_table_lookup (w->keys, w->b[j].key);

          g_string_append (b_keys, is_dash_key (key) ? "-" : key);
        }
      change_class = g_string_equal (a_keys, b_keys) ? DIPTYCH_CHANGE_CLASS_TYPOGRAPHY
                                                     : DIPTYCH_CHANGE_CLASS_CONTENT;
    }

  /* Pure deletions and insertions of enough words may be two ends of a move. */
  if (change_class == DIPTYCH_CHANGE_CLASS_CONTENT && (na == ia || nb == ib))
    {
      Hunk hunk;

      hunk.change_index = w->self->changes->len;
      hunk.is_delete = nb == ib;
      hunk.from = hunk.is_delete ? ia : ib;
      hunk.to = hunk.is_delete ? na : nb;
      hunk.n_words = n_words;
      hunk.hash = hash_keys (hunk.is_delete ? w->a : w->b, hunk.from, hunk.to);
      if (n_words >= MIN_MOVED_WORDS)
        g_array_append_val (w->hunks, hunk);
    }

  add_change (w, change_class, left_start, left_end, right_start, right_end,
              as, a_space ? as : ae, bs, b_space ? bs : be);
  if (a_space)
    add_change (w, DIPTYCH_CHANGE_CLASS_LAYOUT, left_start, A_CHAR (w, ae), right_end, right_end,
                as, ae, be, be);
  if (b_space)
    add_change (w, DIPTYCH_CHANGE_CLASS_LAYOUT, left_end, left_end, right_start, B_CHAR (w, be),
                ae, ae, bs, be);
}

static void
find_moves (Walk *w)
{
  GArray *changes = w->self->changes;
  GArray *bytes = w->self->bytes;
  g_autofree gboolean *removed = g_new0 (gboolean, changes->len);
  guint out = 0;

  if (w->hunks->len < 2)
    return;

  for (guint d = 0; d < w->hunks->len; d++)
    {
      Hunk *del = &g_array_index (w->hunks, Hunk, d);

      if (!del->is_delete)
        continue;

      for (guint i = 0; i < w->hunks->len; i++)
        {
          Hunk *ins = &g_array_index (w->hunks, Hunk, i);
          DiptychChange *move, *insertion;

          if (ins->is_delete || removed[ins->change_index] ||
              ins->hash != del->hash || ins->to - ins->from != del->to - del->from ||
              !same_keys (w->a, del->from, w->b, ins->from, del->to - del->from))
            continue;

          move = &g_array_index (changes, DiptychChange, del->change_index);
          insertion = &g_array_index (changes, DiptychChange, ins->change_index);
          move->op = DIPTYCH_CHANGE_MOVE;
          move->right_start = insertion->right_start;
          move->right_end = insertion->right_end;
          g_array_index (bytes, DiptychChangeBytes, del->change_index).right_start =
            g_array_index (bytes, DiptychChangeBytes, ins->change_index).right_start;
          g_array_index (bytes, DiptychChangeBytes, del->change_index).right_end =
            g_array_index (bytes, DiptychChangeBytes, ins->change_index).right_end;
          removed[ins->change_index] = TRUE;
          break;
        }
    }

  for (guint i = 0; i < changes->len; i++)
    {
      if (removed[i])
        continue;
      if (out != i)
        {
          g_array_index (changes, DiptychChange, out) = g_array_index (changes, DiptychChange, i);
          g_array_index (bytes, DiptychChangeBytes, out) = g_array_index (bytes, DiptychChangeBytes, i);
        }
      out++;
    }
  g_array_set_size (changes, out);
  g_array_set_size (bytes, out);
}

static void
add_alignment_point (DiptychDiff *self,
                     gsize        left,
                     gsize        right)
{
  DiptychAlignmentPoint point = { left, right };

  if (self->alignment->len > 0)
    {
      const DiptychAlignmentPoint *last =
        &g_array_index (self->alignment, DiptychAlignmentPoint, self->alignment->len - 1);

      if (left <= last->left || right <= last->right)
        return;
    }
  *(DiptychAlignmentPoint *)array_push (self->alignment, &self->alignment_room, sizeof point) = point;
}

/* Bytes that two runs share from their start, sixteen at a time where
 * SSE2 is (every x86-64), else eight: the walk over both texts and the
 * blocks' check of whitespace read most of both texts through this.
 */
static gsize
common_prefix (const char *a,
               const char *b,
               gsize       n)
{
  gsize i = 0;

#ifdef __SSE2__
  for (; i + 16 <= n; i += 16)
    {
      __m128i x, y;
      guint differ;

      memcpy (&x, a + i, 16);
      memcpy (&y, b + i, 16);
      differ = ~(guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (x, y)) & 0xFFFF;
      if (differ != 0)
        return i + __builtin_ctz (differ);
    }
#endif
  for (; i + 8 <= n; i += 8)
    {
      guint64 x, y;

      memcpy (&x, a + i, 8);
      memcpy (&y, b + i, 8);
      if (x != y)
        return i + (G_BYTE_ORDER == G_LITTLE_ENDIAN ? __builtin_ctzll (x ^ y)
                                                    : __builtin_clzll (x ^ y)) / 8;
    }
  while (i < n && a[i] == b[i])
    i++;
  return i;
}

/* Bytes that the two runs of @n bytes before @a_end and @b_end share at
 * their end.
 */
static gsize
common_suffix (const char *a_end,
               const char *b_end,
               gsize       n)
{
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 x, y;

      memcpy (&x, a_end - i - 8, 8);
      memcpy (&y, b_end - i - 8, 8);
      if (x != y)
        return i + (G_BYTE_ORDER == G_LITTLE_ENDIAN ? __builtin_clzll (x ^ y)
                                                    : __builtin_ctzll (x ^ y)) / 8;
    }
  while (i < n && a_end[-1 - (gssize)i] == b_end[-1 - (gssize)i])
    i++;
  return i;
}

/* Two blocks have the same words; only whitespace between them may differ
 * (a re-wrapped paragraph). Reports those gaps, with alignment points on
 * both sides of each so that the text between maps exactly.
 */
static void
compare_blocks (Walk  *w,
                guint  i,
                guint  j)
{
  const char *a = w->a_text;
  const char *b = w->b_text;
  gsize pa = w->a[i].byte_start, a_end = w->a[i].byte_end;
  gsize pb = w->b[j].byte_start, b_end = w->b[j].byte_end;

  add_alignment_point (w->self, A_CHAR (w, pa), B_CHAR (w, pb));

  for (;;)
    {
      gsize same = common_prefix (a + pa, b + pb, MIN (a_end - pa, b_end - pb));
      gsize ga, gb;

      pa += same;
      pb += same;
      if (pa == a_end && pb == b_end)
        break;

      /* Words are the same on both sides, so the first difference is in
       * whitespace: compare the whole gap around it.
       */
      ga = pa;
      gb = pb;
      while (ga > w->a[i].byte_start && diptych_chunk_is_space (a[ga - 1]))
        {
          ga--;
          gb--;
        }
      while (pa < a_end && diptych_chunk_is_space (a[pa]))
        pa++;
      while (pb < b_end && diptych_chunk_is_space (b[pb]))
        pb++;
      if (G_UNLIKELY (ga == pa || gb == pb))
        {
          g_critical ("Blocks matched by the chunker differ in a word");
          break;
        }

      add_alignment_point (w->self, A_CHAR (w, ga), B_CHAR (w, gb));
      compare_space (w, ga, pa, gb, pb);
      add_alignment_point (w->self, A_CHAR (w, pa), B_CHAR (w, pb));
    }

  add_alignment_point (w->self, A_CHAR (w, a_end), B_CHAR (w, b_end));
}

static void
build_changes (DiptychDiff        *self,
               DiptychKeyTable    *keys,
               const DiptychToken *a,
               guint               na,
               const DiptychToken *b,
               guint               nb,
               const gint32       *a_match,
               const gint32       *b_match)
{
  Walk w = { 0 };
  gint pa = -1, pb = -1;
  guint ia = 0, ib = 0;
  guint run = 0;

  w.self = self;
  w.a_text = diptych_text_get_contents (self->left, &w.a_bytes);
  w.b_text = diptych_text_get_contents (self->right, &w.b_bytes);
  w.a = a;
  w.b = b;
  w.na = na;
  w.nb = nb;
  w.keys = keys;
  w.hunks = g_array_new (FALSE, FALSE, sizeof (Hunk));
  w.a_keys = g_string_new (NULL);
  w.b_keys = g_string_new (NULL);

  add_alignment_point (self, 0, 0);

  for (;;)
    {
      guint ma = ia, mb = ib;

      while (ma < na && a_match[ma] < 0)
        ma++;
      while (mb < nb && b_match[mb] < 0)
        mb++;
      g_assert ((ma == na) == (mb == nb));
      g_assert (ma == na || (guint)a_match[ma] == mb);

      if (ma > ia || mb > ib)
        {
          add_hunk (&w, pa, pb, ia, ma, ib, mb);
          run = 0;
        }
      else
        compare_gaps (&w, pa, pb, ma, mb);

      if (ma == na)
        break;

      if (a[ma].key >= BLOCK_KEY)
        {
          compare_blocks (&w, ma, mb);
          run = 0;
        }
      else
        {
          compare_matched_tokens (&w, ma, mb);

          if (run % ALIGNMENT_STRIDE == 0)
            add_alignment_point (self, A_CHAR (&w, a[ma].byte_start), B_CHAR (&w, b[mb].byte_start));
          run++;
          /* The end of a run of matches is a point too. */
          if (ma + 1 >= na || a_match[ma + 1] != (gint32)mb + 1)
            {
              add_alignment_point (self, A_CHAR (&w, a[ma].byte_end), B_CHAR (&w, b[mb].byte_end));
              run = 0;
            }
        }

      pa = ma;
      pb = mb;
      ia = ma + 1;
      ib = mb + 1;
    }

  add_alignment_point (self,
                       diptych_text_get_n_chars (self->left),
                       diptych_text_get_n_chars (self->right));

  find_moves (&w);
  g_array_unref (w.hunks);
  g_string_free (w.a_keys, TRUE);
  g_string_free (w.b_keys, TRUE);
}

/* Matches the keys @ka against @kb (KEY_STRIDE apart) within each of
 * @regions (Region), filling in @a_match and @b_match, which may hold
 * matches already outside them.
 */
static void
match_keys (const guint32 *ka,
            guint          na,
            const guint32 *kb,
            guint          nb,
            guint          n_keys,
            GArray        *regions,
            gint32        *a_match,
            gint32        *b_match)
{
  DiffContext ctx = { 0 };

  ctx.ka = ka;
  ctx.kb = kb;
  ctx.na = na;
  ctx.nb = nb;
  ctx.a_match = a_match;
  ctx.b_match = b_match;
  ctx.counts = g_new0 (KeyCount, n_keys + 1);
  ctx.v1 = g_new (gint, na + nb + 4);
  ctx.v2 = g_new (gint, na + nb + 4);
  ctx.stack = g_array_new (FALSE, FALSE, sizeof (Region));
  ctx.candidates = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint r = regions->len; r > 0; r--)
    {
      const Region *region = &g_array_index (regions, Region, r - 1);

      push_region (&ctx, region->alo, region->ahi, region->blo, region->bhi, FALSE);
    }
  diff_regions (&ctx);

  g_free (ctx.counts);
  g_free (ctx.v1);
  g_free (ctx.v2);
  g_array_unref (ctx.stack);
  g_array_unref (ctx.candidates);
}

static gint32 *
new_match_array (guint n)
{
  gint32 *match = g_new (gint32, n + 1);

  memset (match, 0xFF, sizeof (gint32) * (n + 1));
  return match;
}

/* One text on its way through the two passes. */
typedef struct
{
  const char *text;
  gsize       n_bytes;
  DiptychChunk *chunks;
  guint       n_chunks;
  gint32     *chunk_match;  /* the matching chunk on the other side, or -1 */
  GArray     *tokens;       /* DiptychToken, and blocks */
} Side;

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->chunks, g_free);
  g_clear_pointer (&side->chunk_match, g_free);
  g_clear_pointer (&side->tokens, g_array_unref);
}

/* The first pass: matches chunks of words between the two texts. */
static void
match_chunks (Side *a,
              Side *b)
{
  g_autoptr(DiptychChunkTable) table = diptych_chunk_table_new ();
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (Region));
  Region all = { 0 };

  a->chunks = diptych_chunk_text (a->text, a->n_bytes, table, TRUE, &a->n_chunks);
  b->chunks = diptych_chunk_text_against (b->text, b->n_bytes, table, a->text, a->n_bytes,
                                          a->chunks, a->n_chunks, &b->n_chunks);
  a->chunk_match = new_match_array (a->n_chunks);
  b->chunk_match = new_match_array (b->n_chunks);

  all.ahi = a->n_chunks;
  all.bhi = b->n_chunks;
  g_array_append_val (regions, all);
  match_keys (&a->chunks[0].key, a->n_chunks, &b->chunks[0].key, b->n_chunks,
              diptych_chunk_table_get_n_keys (table), regions, a->chunk_match, b->chunk_match);
}

static void
add_block (Side  *side,
           gsize  byte_start,
           gsize  byte_end,
           guint  block_number)
{
  DiptychToken block;

  block.byte_start = byte_start;
  block.byte_end = byte_end;
  block.key = BLOCK_KEY + block_number;
  g_array_append_val (side->tokens, block);
}

/* From the end of a word at @pos, back to the end of the word @n words
 * before, or to @floor.
 */
static gsize
words_back (const char *text,
            gsize       pos,
            gsize       floor,
            guint       n)
{
  for (guint k = 0; k < n && pos > floor; k++)
    {
      while (pos > floor && !diptych_chunk_is_space (text[pos - 1]))
        pos--;
      while (pos > floor && diptych_chunk_is_space (text[pos - 1]))
        pos--;
    }
  return pos;
}

/* From the start of a word at @pos, on to the start of the word @n words
 * after, or to @ceiling.
 */
static gsize
words_forward (const char *text,
               gsize       pos,
               gsize       ceiling,
               guint       n)
{
  for (guint k = 0; k < n && pos < ceiling; k++)
    {
      while (pos < ceiling && !diptych_chunk_is_space (text[pos]))
        pos++;
      while (pos < ceiling && diptych_chunk_is_space (text[pos]))
        pos++;
    }
  return pos;
}

/* Moves *@pa and *@pb past the words both texts have next, whatever the
 * whitespace before them, staying before @a_end and @b_end: to the end of
 * the last word both have whole. Returns whether no word differs before
 * the ends.
 */
static gboolean
same_words_run (const char *a,
                gsize      *pa,
                gsize       a_end,
                const char *b,
                gsize      *pb,
                gsize       b_end)
{
  gsize ia = *pa, ib = *pb;

  for (;;)
    {
      gsize start, same;

      while (ia < a_end && diptych_chunk_is_space (a[ia]))
        ia++;
      while (ib < b_end && diptych_chunk_is_space (b[ib]))
        ib++;
      if (ia == a_end && ib == b_end)
        return TRUE;
      if (ia == a_end || ib == b_end)
        return FALSE;

      /* The same bytes from here have the same words, up to where both
       * sides end one.
       */
      start = ia;
      same = common_prefix (a + ia, b + ib, MIN (a_end - ia, b_end - ib));
      ia += same;
      ib += same;
      if ((ia < a_end && !diptych_chunk_is_space (a[ia])) ||
          (ib < b_end && !diptych_chunk_is_space (b[ib])))
        {
          /* A word differs: back to the space before it. */
          while (ia > start && !diptych_chunk_is_space (a[ia - 1]))
            {
              ia--;
              ib--;
            }
        }

      /* To the end of the last word both have, which starts at start. */
      while (ia > start && diptych_chunk_is_space (a[ia - 1]))
        {
          ia--;
          ib--;
        }
      if (ia == start)
        return FALSE;
      *pa = ia;
      *pb = ib;
    }
}

/* Like same_words_run(), then back by MARGIN_WORDS before the word that
 * differs: leaves the last few words before it to the word diff, so that
 * it can slide the change to a sentence's edge or fold a short word
 * between two changes into them.
 */
static void
skip_same_words (const char *a,
                 gsize      *pa,
                 gsize       a_end,
                 const char *b,
                 gsize      *pb,
                 gsize       b_end)
{
  gsize a_floor = *pa, b_floor = *pb;

  if (same_words_run (a, pa, a_end, b, pb, b_end))
    return;
  *pa = words_back (a, *pa, a_floor, MARGIN_WORDS);
  *pb = words_back (b, *pb, b_floor, MARGIN_WORDS);
}

/* Like skip_same_words(), backwards from *@pa and *@pb, to the start of
 * the first word of the words both texts end with.
 */
static void
skip_same_words_back (const char *a,
                      gsize      *pa,
                      gsize       a_start,
                      const char *b,
                      gsize      *pb,
                      gsize       b_start)
{
  gsize a_ceiling = *pa, b_ceiling = *pb;
  gsize ia = *pa, ib = *pb;

  for (;;)
    {
      gsize end, same;

      while (ia > a_start && diptych_chunk_is_space (a[ia - 1]))
        ia--;
      while (ib > b_start && diptych_chunk_is_space (b[ib - 1]))
        ib--;
      if (ia == a_start && ib == b_start)
        return;
      if (ia == a_start || ib == b_start)
        break;

      end = ia;
      same = common_suffix (a + ia, b + ib, MIN (ia - a_start, ib - b_start));
      ia -= same;
      ib -= same;
      if ((ia > a_start && !diptych_chunk_is_space (a[ia - 1])) ||
          (ib > b_start && !diptych_chunk_is_space (b[ib - 1])))
        {
          while (ia < end && !diptych_chunk_is_space (a[ia]))
            {
              ia++;
              ib++;
            }
        }

      while (ia < end && diptych_chunk_is_space (a[ia]))
        {
          ia++;
          ib++;
        }
      if (ia == end)
        break;
      *pa = ia;
      *pb = ib;
    }

  *pa = words_forward (a, *pa, a_ceiling, MARGIN_WORDS);
  *pb = words_forward (b, *pb, b_ceiling, MARGIN_WORDS);
}

/* A faster first pass for revisions: most of two versions of an article
 * is the same words in the same order, and the changes are far apart.
 * The two texts are walked together, word for word whatever the
 * whitespace; where a word differs, the nearest place where both go on
 * alike again (the fewest words skipped on the two sides together, then
 * SYNC_WORDS words alike) ends the change. The long runs of the same
 * words between changes are matched as chunks are, and the rest goes to
 * the word diff. Texts whose changes are dense, or whose changed passages
 * are long (a paragraph moved far), are left to the chunks.
 */

/* Words alike on both sides that say the texts go on alike again. */
#define SYNC_WORDS 8
/* How many words on each side a change may span before the chunks do it. */
#define SYNC_MAX_WORDS 1024
/* Runs of the same words shorter than this (about sixteen words of
 * prose) stay with the word diff, as they would inside a changed chunk;
 * longer ones lose STRETCH_MARGIN words at each end to it, so that it
 * sees the words around a change as it does after chunks.
 */
#define STRETCH_MIN_BYTES 128
#define STRETCH_MARGIN 2
/* More changed words than one in this many: the chunks do better. */
#define DENSE_WORDS 16

typedef struct
{
  gsize   start;
  gsize   end;
  guint64 hash;
} Word;

/* The words after a change on one side, as far as they were looked at. */
typedef struct
{
  Word  words[SYNC_MAX_WORDS];
  guint len;
} WordList;

/* Appends to @list the words of text[*@pos, @end), up to @max in all. */
static void
collect_words (const char *text,
               gsize      *pos,
               gsize       end,
               WordList   *list,
               guint       max)
{
  gsize p = *pos;

  while (list->len < max)
    {
      Word *w = &list->words[list->len];

      while (p < end && diptych_chunk_is_space (text[p]))
        p++;
      if (p == end)
        break;
      w->start = p;
      while (p < end && !diptych_chunk_is_space (text[p]))
        p++;
      w->end = p;
      w->hash = diptych_hash_bytes_high ((const guchar *)text + w->start, w->end - w->start,
                                         (const guchar *)text + end);
      list->len++;
    }
  *pos = p;
}

static gboolean
same_word (const char *a,
           const Word *wa,
           const char *b,
           const Word *wb)
{
  return wa->hash == wb->hash && wa->end - wa->start == wb->end - wb->start &&
         memcmp (a + wa->start, b + wb->start, wa->end - wa->start) == 0;
}

/* Whether the texts go on alike from word @i of @wa and word @j of @wb:
 * SYNC_WORDS words, or all the words both have left. The words collected
 * are compared by hash, those after them in the texts.
 */
static gboolean
goes_on_alike (const char     *a,
               const WordList *wa,
               guint           i,
               gsize           a_end,
               const char     *b,
               const WordList *wb,
               guint           j,
               gsize           b_end)
{
  gsize pa, pb;
  guint n = 0;

  for (; n < SYNC_WORDS && i + n < wa->len && j + n < wb->len; n++)
    {
      if (!same_word (a, &wa->words[i + n], b, &wb->words[j + n]))
        return FALSE;
    }
  if (n == SYNC_WORDS)
    return TRUE;
  pa = wa->words[i + n - 1].end;
  pb = wb->words[j + n - 1].end;

  for (; n < SYNC_WORDS; n++)
    {
      gsize la, lb;

      while (pa < a_end && diptych_chunk_is_space (a[pa]))
        pa++;
      while (pb < b_end && diptych_chunk_is_space (b[pb]))
        pb++;
      if (pa == a_end || pb == b_end)
        return pa == a_end && pb == b_end;
      for (la = 0; pa + la < a_end && !diptych_chunk_is_space (a[pa + la]); la++)
        ;
      for (lb = 0; pb + lb < b_end && !diptych_chunk_is_space (b[pb + lb]); lb++)
        ;
      if (la != lb || memcmp (a + pa, b + pb, la) != 0)
        return FALSE;
      pa += la;
      pb += lb;
    }
  return TRUE;
}

/* The words looked at after a change, kept between calls, and how many
 * more pairs of them may be compared before the chunks are left to do it.
 */
typedef struct
{
  WordList wa;
  WordList wb;
  gsize    budget;
} SyncSearch;

/* Where the texts go on alike after the words that differ at @pa and @pb:
 * the word of each side that starts it (or the ends, when what is left
 * differs), and *@skipped, how many words of the two sides lie before
 * it. FALSE when that is more than SYNC_MAX_WORDS words away, or when
 * the search's budget runs out.
 */
static gboolean
find_sync (SyncSearch *search,
           const char *a,
           gsize       pa,
           gsize       a_end,
           const char *b,
           gsize       pb,
           gsize       b_end,
           gsize      *qa,
           gsize      *qb,
           guint      *skipped)
{
  WordList *wa = &search->wa, *wb = &search->wb;
  gsize next_a = pa, next_b = pb;
  guint seen_a = 0, seen_b = 0;  /* pairs of these words were looked at */

  wa->len = 0;
  wb->len = 0;
  for (guint window = 4; window <= SYNC_MAX_WORDS; window *= 4)
    {
      guint na, nb;

      collect_words (a, &next_a, a_end, wa, window);
      collect_words (b, &next_b, b_end, wb, window);
      na = wa->len;
      nb = wb->len;
      if (na == 0 || nb == 0)
        break;

      /* Skipping s words in all, i on the left and s - i on the right:
       * the fewest first, those of a smaller window done already.
       */
      for (guint s = 1; s + 2 <= na + nb; s++)
        for (guint i = s >= nb ? s - nb + 1 : 0; i <= s && i < na; i++)
          {
            const Word *x = &wa->words[i];
            const Word *y = &wb->words[s - i];

            if (i < seen_a && s - i < seen_b)
              continue;
            if (search->budget-- == 0)
              return FALSE;
            if (same_word (a, x, b, y) && goes_on_alike (a, wa, i, a_end, b, wb, s - i, b_end))
              {
                *qa = x->start;
                *qb = y->start;
                *skipped = s;
                return TRUE;
              }
          }
      if (na < window && nb < window)
        break;
      seen_a = na;
      seen_b = nb;
    }

  if (wa->len < SYNC_MAX_WORDS && wb->len < SYNC_MAX_WORDS)
    {
      /* Neither side has more words: they differ to the end. */
      *qa = a_end;
      *qb = b_end;
      *skipped = wa->len + wb->len;
      return TRUE;
    }
  return FALSE;
}

typedef struct
{
  gsize a_start;
  gsize a_end;
  gsize b_start;
  gsize b_end;
} Stretch;

static gboolean
only_space_after (const char *text,
                  gsize       pos,
                  gsize       n_bytes)
{
  while (pos < n_bytes && diptych_chunk_is_space (text[pos]))
    pos++;
  return pos == n_bytes;
}

/* Adds the run of the same words [@a_start, @a_end) and [@b_start,
 * @b_end), less STRETCH_MARGIN words at each end that a change touches
 * (at its start when @after_change), if it is long enough.
 */
static void
add_stretch (GArray     *stretches,
             gboolean    after_change,
             const Side *a,
             gsize       a_start,
             gsize       a_end,
             const Side *b,
             gsize       b_start,
             gsize       b_end)
{
  Stretch st;

  while (a_start < a_end && diptych_chunk_is_space (a->text[a_start]))
    a_start++;
  while (b_start < b_end && diptych_chunk_is_space (b->text[b_start]))
    b_start++;

  if (a_end - a_start < STRETCH_MIN_BYTES)
    return;

  st.a_start = a_start;
  st.b_start = b_start;
  if (after_change)
    {
      st.a_start = words_forward (a->text, a_start, a_end, STRETCH_MARGIN);
      st.b_start = words_forward (b->text, b_start, b_end, STRETCH_MARGIN);
    }
  st.a_end = a_end;
  st.b_end = b_end;
  if (!only_space_after (a->text, a_end, a->n_bytes) || !only_space_after (b->text, b_end, b->n_bytes))
    {
      st.a_end = words_back (a->text, a_end, st.a_start, STRETCH_MARGIN);
      st.b_end = words_back (b->text, b_end, st.b_start, STRETCH_MARGIN);
    }
  /* A few long words (text without spaces): nothing left. */
  if (st.a_start >= st.a_end || st.b_start >= st.b_end)
    return;
  g_array_append_val (stretches, st);
}

/* An unmatched chunk for the words of text[@from, @to), if any. */
static void
add_gap (DiptychChunk *chunks,
         guint        *n,
         gint32       *match,
         const char   *text,
         gsize         from,
         gsize         to)
{
  while (from < to && diptych_chunk_is_space (text[from]))
    from++;
  while (to > from && diptych_chunk_is_space (text[to - 1]))
    to--;
  if (from == to)
    return;
  chunks[*n] = (DiptychChunk) { from, to, 0 };
  match[(*n)++] = -1;
}

/* The first pass for texts that differ in few, short places: the runs of
 * the same words between them, as matched chunks, and a chunk for the
 * words of each change. FALSE, with nothing set, when the changes are
 * too many or too long for it (then match_chunks() does it).
 */
static gboolean
match_stretches (Side *a,
                 Side *b)
{
  g_autoptr(GArray) stretches = g_array_new (FALSE, FALSE, sizeof (Stretch));
  g_autofree SyncSearch *search = g_new (SyncSearch, 1);
  /* Revisions compare a few pairs of words per change; a text that makes
   * this compare more than one pair per four bytes is left to the chunks.
   */
  search->budget = (a->n_bytes + b->n_bytes) / 4;
  gsize pa = 0, pb = 0, ga = 0, gb = 0, changed_words = 0;
  guint na = 0, nb = 0;

  for (;;)
    {
      gsize sa = pa, sb = pb, qa, qb;
      guint skipped;
      gboolean to_the_end = same_words_run (a->text, &pa, a->n_bytes, b->text, &pb, b->n_bytes);

      if (pa > sa || to_the_end)
        add_stretch (stretches, sa > 0 || sb > 0, a, sa, pa, b, sb, pb);
      if (to_the_end)
        break;

      if (!find_sync (search, a->text, pa, a->n_bytes, b->text, pb, b->n_bytes, &qa, &qb, &skipped))
        return FALSE;
      /* Past the first words, a text with many changes is the chunks'
       * (words of six bytes or so).
       */
      changed_words += skipped;
      if (qa > 64 * DENSE_WORDS && changed_words * DENSE_WORDS * 6 > qa)
        return FALSE;
      pa = qa;
      pb = qb;
      if (pa == a->n_bytes && pb == b->n_bytes)
        break;
    }

  a->chunks = g_new (DiptychChunk, 2 * stretches->len + 1);
  b->chunks = g_new (DiptychChunk, 2 * stretches->len + 1);
  a->chunk_match = g_new (gint32, 2 * stretches->len + 2);
  b->chunk_match = g_new (gint32, 2 * stretches->len + 2);
  for (guint k = 0; k < stretches->len; k++)
    {
      const Stretch *st = &g_array_index (stretches, Stretch, k);

      add_gap (a->chunks, &na, a->chunk_match, a->text, ga, st->a_start);
      add_gap (b->chunks, &nb, b->chunk_match, b->text, gb, st->b_start);
      a->chunks[na] = (DiptychChunk) { st->a_start, st->a_end, 0 };
      b->chunks[nb] = (DiptychChunk) { st->b_start, st->b_end, 0 };
      a->chunk_match[na++] = nb;
      b->chunk_match[nb++] = na - 1;
      ga = st->a_end;
      gb = st->b_end;
    }
  add_gap (a->chunks, &na, a->chunk_match, a->text, ga, a->n_bytes);
  add_gap (b->chunks, &nb, b->chunk_match, b->text, gb, b->n_bytes);
  a->n_chunks = na;
  b->n_chunks = nb;
  a->chunk_match[na] = -1;
  b->chunk_match[nb] = -1;
  return TRUE;
}

static gboolean walk_first = TRUE;

/* For tests: whether match_stretches() is tried before the chunks. */
void
_diptych_diff_set_walk_first (gboolean walk)
{
  walk_first = walk;
}

static guint
reserve_tokens (const Side *side)
{
  gsize unmatched = side->n_bytes;
  guint n_runs = 1;

  for (guint i = 0; i < side->n_chunks; i++)
    {
      if (side->chunk_match[i] < 0)
        continue;
      unmatched -= side->chunks[i].byte_end - side->chunks[i].byte_start;
      if (i == 0 || side->chunk_match[i - 1] < 0)
        n_runs++;
    }

  return unmatched / 2 + 32 * n_runs;
}

/* The words that the text after a block starts with on both sides (most
 * of the text around a changed word, which changed its chunk) join the
 * block instead of the word diff.
 */
static void
extend_last_block (Side  *a,
                   gsize *a_pos,
                   gsize  a_stop,
                   Side  *b,
                   gsize *b_pos,
                   gsize  b_stop)
{
  skip_same_words (a->text, a_pos, a_stop, b->text, b_pos, b_stop);
  g_array_index (a->tokens, DiptychToken, a->tokens->len - 1).byte_end = *a_pos;
  g_array_index (b->tokens, DiptychToken, b->tokens->len - 1).byte_end = *b_pos;
}

static void
add_region (Side            *a,
            gsize            a_start,
            gsize            a_end,
            Side            *b,
            gsize            b_start,
            gsize            b_end,
            DiptychKeyTable *keys,
            GArray          *regions)
{
  Region region = { 0 };

  region.alo = a->tokens->len;
  region.blo = b->tokens->len;
  diptych_tokenize_range (a->tokens, a->text, a_start, a_end, keys);
  diptych_tokenize_range (b->tokens, b->text, b_start, b_end, keys);
  region.ahi = a->tokens->len;
  region.bhi = b->tokens->len;
  g_array_append_val (regions, region);
}

/* Tokenizes the text between runs of matched chunks, which each become a
 * block. Returns the regions (Region) between blocks, which are left for
 * the word diff.
 */
static GArray *
tokenize_between_blocks (Side            *a,
                         Side            *b,
                         DiptychKeyTable *keys)
{
  GArray *regions = g_array_new (FALSE, FALSE, sizeof (Region));
  guint nca = a->n_chunks, ncb = b->n_chunks;
  guint ia = 0, ib = 0, n_blocks = 0;
  gsize a_pos = 0, b_pos = 0;

  /* Room for the tokens of the text outside the blocks, as the tokenizer
   * reserves it, so that the arrays are not copied as they grow.
   */
  a->tokens = g_array_sized_new (FALSE, FALSE, sizeof (DiptychToken), reserve_tokens (a));
  b->tokens = g_array_sized_new (FALSE, FALSE, sizeof (DiptychToken), reserve_tokens (b));

  for (;;)
    {
      guint ma = ia, mb = ib, run = 1;
      gsize a_stop, b_stop;

      while (ma < nca && a->chunk_match[ma] < 0)
        ma++;
      while (mb < ncb && b->chunk_match[mb] < 0)
        mb++;
      g_assert ((ma == nca) == (mb == ncb));

      a_stop = ma < nca ? a->chunks[ma].byte_start : a->n_bytes;
      b_stop = mb < ncb ? b->chunks[mb].byte_start : b->n_bytes;

      if (n_blocks > 0)
        extend_last_block (a, &a_pos, a_stop, b, &b_pos, b_stop);

      /* As many changed chunks on both sides, usually a changed word in
       * each: where a chunk ends after the same words on both sides, it
       * ends in the same place, and those words make a block too, so that
       * the word diff does not get the text between the changed words.
       */
      for (guint k = 0; ma - ia == mb - ib && ia + k + 1 < ma; k++)
        {
          gsize a_end = a->chunks[ia + k].byte_end;
          gsize b_end = b->chunks[ib + k].byte_end;
          gsize a_split = a_end, b_split = b_end;

          if (a_end <= a_pos || b_end <= b_pos)
            continue;  /* in the block already */
          skip_same_words_back (a->text, &a_split, a_pos, b->text, &b_split, b_pos);
          if (a_split == a_end)
            continue;  /* the chunks end with different words */

          add_region (a, a_pos, a_split, b, b_pos, b_split, keys, regions);
          add_block (a, a_split, a_end, n_blocks);
          add_block (b, b_split, b_end, n_blocks);
          n_blocks++;
          a_pos = a_end;
          b_pos = b_end;
          extend_last_block (a, &a_pos, a_stop, b, &b_pos, b_stop);
        }

      if (ma < nca)
        skip_same_words_back (a->text, &a_stop, a_pos, b->text, &b_stop, b_pos);
      add_region (a, a_pos, a_stop, b, b_pos, b_stop, keys, regions);

      if (ma == nca)
        break;

      while (ma + run < nca && a->chunk_match[ma + run] == (gint32)(mb + run))
        run++;
      add_block (a, a_stop, a->chunks[ma + run - 1].byte_end, n_blocks);
      add_block (b, b_stop, b->chunks[mb + run - 1].byte_end, n_blocks);
      n_blocks++;

      ia = ma + run;
      ib = mb + run;
      a_pos = a->chunks[ia - 1].byte_end;
      b_pos = b->chunks[ib - 1].byte_end;
    }

  return regions;
}

static void
diptych_diff_compute (DiptychDiff *self)
{
  g_autoptr(DiptychKeyTable) keys = diptych_key_table_new ();
  g_autoptr(GArray) regions = NULL;
  g_autofree gint32 *a_match = NULL;
  g_autofree gint32 *b_match = NULL;
  Side a = { 0 }, b = { 0 };
  guint na, nb;

  a.text = diptych_text_get_contents (self->left, &a.n_bytes);
  b.text = diptych_text_get_contents (self->right, &b.n_bytes);

  if (!walk_first || !match_stretches (&a, &b))
    match_chunks (&a, &b);
  regions = tokenize_between_blocks (&a, &b, keys);
  na = a.tokens->len;
  nb = b.tokens->len;

  /* The second pass: a word diff between the blocks, which match already. */
  a_match = new_match_array (na);
  b_match = new_match_array (nb);
  /* Each region but the last is followed by a block, which matches the
   * block on the other side.
   */
  for (guint r = 0; r + 1 < regions->len; r++)
    {
      guint i = g_array_index (regions, Region, r).ahi;
      guint j = g_array_index (regions, Region, r).bhi;

      a_match[i] = j;
      b_match[j] = i;
    }
  match_keys (&g_array_index (a.tokens, DiptychToken, 0).key, na,
              &g_array_index (b.tokens, DiptychToken, 0).key, nb,
              diptych_key_table_get_n_keys (keys), regions, a_match, b_match);

  slide_runs (a.text, &g_array_index (a.tokens, DiptychToken, 0), na, a_match, b_match, nb);
  slide_runs (b.text, &g_array_index (b.tokens, DiptychToken, 0), nb, b_match, a_match, na);
  fold_short_equalities (keys, a.text,
                         &g_array_index (a.tokens, DiptychToken, 0), na,
                         &g_array_index (b.tokens, DiptychToken, 0), nb,
                         a_match, b_match);

  /* Room for as many changes as a text with one in every few tokens has,
   * so that the lists are not copied as they grow.
   */
  g_array_unref (self->changes);
  g_array_unref (self->alignment);
  g_array_unref (self->bytes);
  self->changes_room = (na + nb) / 4 + 64;
  self->alignment_room = (na + nb) / 8 + 64;
  self->changes = g_array_sized_new (FALSE, FALSE, sizeof (DiptychChange), self->changes_room);
  self->bytes = g_array_sized_new (FALSE, FALSE, sizeof (DiptychChangeBytes), self->changes_room);
  self->alignment = g_array_sized_new (FALSE, FALSE, sizeof (DiptychAlignmentPoint),
                                       self->alignment_room);

  build_changes (self, keys,
                 &g_array_index (a.tokens, DiptychToken, 0), na,
                 &g_array_index (b.tokens, DiptychToken, 0), nb,
                 a_match, b_match);

  side_clear (&a);
  side_clear (&b);
}

static void
diptych_diff_finalize (GObject *object)
{
  DiptychDiff *self = (DiptychDiff *)object;

  g_clear_object (&self->left);
  g_clear_object (&self->right);
  g_clear_pointer (&self->changes, g_array_unref);
  g_clear_pointer (&self->bytes, g_array_unref);
  g_clear_pointer (&self->alignment, g_array_unref);

  G_OBJECT_CLASS (diptych_diff_parent_class)->finalize (object);
}

static void
diptych_diff_class_init (DiptychDiffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = diptych_diff_finalize;
}

static void
diptych_diff_init (DiptychDiff *self)
{
  self->changes = g_array_new (FALSE, FALSE, sizeof (DiptychChange));
  self->bytes = g_array_new (FALSE, FALSE, sizeof (DiptychChangeBytes));
  self->alignment = g_array_new (FALSE, FALSE, sizeof (DiptychAlignmentPoint));
}

/**
 * diptych_diff_new:
 *
 * Compares two texts word by word: tokens are compared on keys with
 * typography folded, the diff anchors on words unique to both sides
 * (patience) and falls back to Myers' algorithm with a cost bound. Every
 * change is then classed (content, punctuation, typography, layout), and
 * passages deleted in one place and inserted in another become moves.
 *
 * Returns: (transfer full): the diff
 */
DiptychDiff *
diptych_diff_new (DiptychText *left,
                  DiptychText *right)
{
  DiptychDiff *self;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (left), NULL);
  g_return_val_if_fail (DIPTYCH_IS_TEXT (right), NULL);

  self = g_object_new (DIPTYCH_TYPE_DIFF, NULL);
  self->left = g_object_ref (left);
  self->right = g_object_ref (right);
  diptych_diff_compute (self);

  return self;
}

/**
 * diptych_diff_get_left:
 *
 * Returns: (transfer none): the left text
 */
DiptychText *
diptych_diff_get_left (DiptychDiff *self)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), NULL);

  return self->left;
}

/**
 * diptych_diff_get_right:
 *
 * Returns: (transfer none): the right text
 */
DiptychText *
diptych_diff_get_right (DiptychDiff *self)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), NULL);

  return self->right;
}

guint
diptych_diff_get_n_changes (DiptychDiff *self)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), 0);

  return self->changes->len;
}

/**
 * diptych_diff_get_change:
 *
 * Changes are in left-text order; insertions sit at their left position.
 *
 * Returns: (transfer none): the change at @index
 */
const DiptychChange *
diptych_diff_get_change (DiptychDiff *self,
                         guint        index)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  return &g_array_index (self->changes, DiptychChange, index);
}

/* The byte offsets of the change at @index. */
const DiptychChangeBytes *
_diptych_diff_get_change_bytes (DiptychDiff *self,
                                guint        index)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), NULL);
  g_return_val_if_fail (index < self->bytes->len, NULL);

  return &g_array_index (self->bytes, DiptychChangeBytes, index);
}

/**
 * diptych_diff_count_class:
 *
 * Returns: the number of changes of @change_class, moves excluded
 */
guint
diptych_diff_count_class (DiptychDiff        *self,
                          DiptychChangeClass  change_class)
{
  guint n = 0;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), 0);

  for (guint i = 0; i < self->changes->len; i++)
    {
      const DiptychChange *change = &g_array_index (self->changes, DiptychChange, i);

      if (change->op != DIPTYCH_CHANGE_MOVE && change->change_class == change_class)
        n++;
    }
  return n;
}

guint
diptych_diff_count_moves (DiptychDiff *self)
{
  guint n = 0;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), 0);

  for (guint i = 0; i < self->changes->len; i++)
    if (g_array_index (self->changes, DiptychChange, i).op == DIPTYCH_CHANGE_MOVE)
      n++;
  return n;
}

/**
 * diptych_diff_get_alignment:
 * @n_points: (out): the number of points
 *
 * Returns: (transfer none) (array length=n_points): offsets that correspond,
 *   strictly increasing on both sides, from (0, 0) to the two lengths
 */
const DiptychAlignmentPoint *
diptych_diff_get_alignment (DiptychDiff *self,
                            guint       *n_points)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), NULL);
  g_return_val_if_fail (n_points != NULL, NULL);

  *n_points = self->alignment->len;
  return &g_array_index (self->alignment, DiptychAlignmentPoint, 0);
}

static gsize
map_offset (GArray  *alignment,
            gsize    offset,
            gboolean from_left,
            gsize    to_length)
{
  const DiptychAlignmentPoint *points = &g_array_index (alignment, DiptychAlignmentPoint, 0);
  guint lo = 0, hi = alignment->len;
  gsize from0, from1, to0, to1;

  if (alignment->len == 0)
    return 0;

#define FROM(p) (from_left ? (p).left : (p).right)
#define TO(p)   (from_left ? (p).right : (p).left)

  /* The last point at or before offset. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (FROM (points[mid]) <= offset)
        lo = mid;
      else
        hi = mid;
    }

  from0 = FROM (points[lo]);
  to0 = TO (points[lo]);
  if (lo + 1 >= alignment->len)
    return MIN (to0 + (offset - from0), to_length);

  from1 = FROM (points[lo + 1]);
  to1 = TO (points[lo + 1]);

#undef FROM
#undef TO

  if (offset <= from0)
    return to0;
  return to0 + (gsize)((double)(offset - from0) * (double)(to1 - to0) / (double)(from1 - from0));
}

/**
 * diptych_diff_map_left_to_right:
 *
 * Returns: the right offset that corresponds to @left_offset, interpolated
 *   between alignment points
 */
gsize
diptych_diff_map_left_to_right (DiptychDiff *self,
                                gsize        left_offset)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), 0);

  return map_offset (self->alignment, left_offset, TRUE,
                     diptych_text_get_n_chars (self->right));
}

/**
 * diptych_diff_map_right_to_left:
 *
 * Returns: the left offset that corresponds to @right_offset
 */
gsize
diptych_diff_map_right_to_left (DiptychDiff *self,
                                gsize        right_offset)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (self), 0);

  return map_offset (self->alignment, right_offset, FALSE,
                     diptych_text_get_n_chars (self->left));
}

static const char *op_names[] = { "insert", "delete", "replace", "move" };
static const char *class_names[] = { "content", "punctuation", "typography", "layout" };

const char *
diptych_change_op_to_string (DiptychChangeOp op)
{
  g_return_val_if_fail (op <= DIPTYCH_CHANGE_MOVE, NULL);

  return op_names[op];
}

const char *
diptych_change_class_to_string (DiptychChangeClass change_class)
{
  g_return_val_if_fail (change_class < DIPTYCH_N_CHANGE_CLASSES, NULL);

  return class_names[change_class];
}

gboolean
diptych_change_class_from_string (const char         *name,
                                  DiptychChangeClass *change_class)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (class_names); i++)
    {
      if (g_str_equal (name, class_names[i]))
        {
          if (change_class != NULL)
            *change_class = i;
          return TRUE;
        }
    }
  return FALSE;
}
