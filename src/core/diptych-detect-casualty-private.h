/* diptych-detect-casualty-private.h: what the parts of the casualty
 * detector share: the quantity read at a number, and what the other
 * parts read around it (its noun, its outcome, the figure it belongs to)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-detect-private.h"

G_BEGIN_DECLS

/* Whether token @i is a word of figure-words.txt with @role. */
static inline gboolean
detect_figure_word (DetectContext  *ctx,
                    guint           i,
                    FigureWordRole  role)
{
  return detect_in (ctx, i, LEX_FIGURE_WORD) && detect_value (ctx, i, LEX_FIGURE_WORD) == role;
}

/* How many figures back a whole is looked for. */
#define MAX_LOOKBACK 40

/* A quantity's tokens: see _diptych_detect_read_quantity(). */
typedef struct
{
  guint    start;     /* the qualifier's first token, or the number's */
  guint    num;       /* the number's first token */
  guint    end;       /* after the number, exclusive */
  guint    low_end;   /* a range: after its first number */
  guint    high;      /* a range: its second number's first token */
  gboolean vague;
  gboolean range;
  gint64   vague_low;
} Quantity;

/* diptych-detect-casualty-quantity.c */
gboolean  _diptych_detect_read_quantity_at (DetectContext *ctx,
                                            guint          i,
                                            guint          floor,
                                            guint          limit,
                                            Quantity      *q);
gboolean  _diptych_detect_is_determiner_one (DetectContext  *ctx,
                                             const Quantity *q,
                                             guint           first,
                                             guint           last);
gboolean  _diptych_detect_is_not_people (DetectContext  *ctx,
                                         const Quantity *q,
                                         guint           first,
                                         guint           last);
gboolean  _diptych_detect_whole_number (DetectContext  *ctx,
                                        const Quantity *q,
                                        gint64         *value);
void      _diptych_detect_read_structure (DetectContext  *ctx,
                                          GArray         *readings,
                                          const Quantity *q,
                                          DetectItem     *item);
GArray   *_diptych_detect_readings_new (void);

/* diptych-detect-casualty-noun.c */
gboolean  _diptych_detect_is_plural_noun (DetectContext *ctx,
                                          guint          i);
gboolean  _diptych_detect_is_demonym (DetectContext *ctx,
                                      guint          i);
void      _diptych_detect_demonym_noun (DetectContext *ctx,
                                        guint          h,
                                        guint          last,
                                        gint          *group,
                                        guint         *head_end,
                                        gboolean      *unknown);
guint     _diptych_detect_partitive_group (DetectContext *ctx,
                                           guint          d,
                                           guint          last);
gint      _diptych_detect_member_of_forces (DetectContext *ctx,
                                            guint          i,
                                            guint          last,
                                            gint           group,
                                            guint         *end);
guint     _diptych_detect_noun_of_pair    (DetectContext      *ctx,
                                           guint               h,
                                           guint               last,
                                           const DetectEntry **entry);
gint      _diptych_detect_predicate_group (DetectContext *ctx,
                                           guint          i,
                                           guint          last,
                                           guint         *end);
guint     _diptych_detect_described_noun (DetectContext *ctx,
                                          guint          h,
                                          guint          last);

/* diptych-detect-casualty-outcome.c */
gboolean  _diptych_detect_still_looking (DetectContext *ctx,
                                         guint          i);
gint      _diptych_detect_match_outcome (DetectContext *ctx,
                                         guint          i,
                                         guint         *n);
gboolean  _diptych_detect_is_object_start (DetectContext *ctx,
                                           guint          i,
                                           guint          last);
gboolean  _diptych_detect_names_a_time (DetectContext *ctx,
                                        guint          i,
                                        guint          last);
gboolean  _diptych_detect_verb_of_things (DetectContext *ctx,
                                          guint          from,
                                          guint          to);
gboolean  _diptych_detect_is_of_families (DetectContext *ctx,
                                          guint          i);
guint     _diptych_detect_driven_from (DetectContext *ctx,
                                       guint          verb,
                                       guint          from,
                                       guint          last);
gboolean  _diptych_detect_is_verb_of_be (DetectContext *ctx,
                                         guint          i);
gint      _diptych_detect_outcome_after (DetectContext *ctx,
                                         guint          from,
                                         guint          last,
                                         guint         *outcome_end,
                                         gboolean      *among,
                                         guint         *among_next);
gint      _diptych_detect_toll_before (DetectContext *ctx,
                                       guint          start,
                                       guint          first,
                                       guint         *toll_start);
gboolean  _diptych_detect_when_after (DetectContext *ctx,
                                      guint          i,
                                      guint          last);
gboolean  _diptych_detect_got_away (DetectContext *ctx,
                                    guint          i,
                                    guint          last);
gboolean  _diptych_detect_set_free (DetectContext *ctx,
                                    guint          first,
                                    guint          start);
gint      _diptych_detect_object_of_outcome (DetectContext *ctx,
                                             guint          first,
                                             guint          and,
                                             guint          last);
gint      _diptych_detect_shared_fate (DetectContext *ctx,
                                       guint          first,
                                       guint          before,
                                       gboolean       other);
gboolean  _diptych_detect_called_for (DetectContext *ctx,
                                      guint          first,
                                      guint          i);
gint      _diptych_detect_split_outcome (DetectContext *ctx,
                                         guint          verb,
                                         guint          i,
                                         guint          last,
                                         guint         *end);
guint     _diptych_detect_armed_at (DetectContext *ctx,
                                    guint          i,
                                    guint          last);

/* diptych-detect-casualty-link.c */
gint      _diptych_detect_last_total (DetectContext *ctx,
                                      gint           outcome,
                                      guint          sentence_floor,
                                      gint64         part,
                                      gint           group);
gint      _diptych_detect_outcome_before (DetectContext *ctx);
gboolean  _diptych_detect_heads_clause (DetectContext *ctx,
                                        guint          first,
                                        guint          start);
gint      _diptych_detect_repeated_figure (DetectContext *ctx,
                                           gint64         value,
                                           gint           group);
gint      _diptych_detect_total_before (DetectContext *ctx,
                                        guint          from,
                                        gint           outcome,
                                        gint64         part);
gint      _diptych_detect_figure_of_noun (DetectContext *ctx,
                                          guint32        noun,
                                          gint64         part);
gint      _diptych_detect_repeat_of (DetectContext  *ctx,
                                     const Quantity *q,
                                     guint           first);
gboolean  _diptych_detect_breaks_down_other (DetectContext *ctx,
                                             guint          sentence,
                                             guint          first,
                                             guint          word);
gboolean  _diptych_detect_breakdown_before (DetectContext *ctx,
                                            guint          first,
                                            guint          i);
guint     _diptych_detect_gapped_and (DetectContext *ctx,
                                      guint          first,
                                      guint          end);
gboolean  _diptych_detect_apart_from_last (DetectContext *ctx,
                                           guint          sentence,
                                           guint          conj);

/* Small tests that the parts ask of many tokens: inline, so that a call
 * does not cost more than the test.
 */
static inline gboolean
_diptych_detect_is_punct (DetectContext *ctx,
                          guint          i)
{
  return detect_key (ctx, i)->kind == DIPTYCH_TOKEN_PUNCTUATION;
}

static inline gboolean
_diptych_detect_is_apostrophe (DetectContext *ctx,
                               guint          i)
{
  return _diptych_detect_is (ctx, i, "'");
}

/* A number word, "twenty-one" included. */
static inline gboolean
_diptych_detect_is_number_word (DetectContext *ctx,
                                guint          i)
{
  return i < ctx->n_tokens && detect_key (ctx, i)->number_word;
}

static inline gboolean
_diptych_detect_is_digits (DetectContext *ctx,
                           guint          i)
{
  return i < ctx->n_tokens && detect_key (ctx, i)->digits;
}

static inline gboolean
_diptych_detect_is_dash (DetectContext *ctx,
                         guint          i)
{
  /* The tokenizer folds every dash and a lone hyphen to an em dash. */
  return _diptych_detect_is (ctx, i, "\xE2\x80\x94");
}

/* A quantity whose number starts at @i. Most tokens start none, which
 * is told here without a call.
 */
static inline gboolean
_diptych_detect_read_quantity (DetectContext *ctx,
                               guint          i,
                               guint          floor,
                               guint          limit,
                               Quantity      *q)
{
  return i < limit && detect_key (ctx, i)->quantity &&
         _diptych_detect_read_quantity_at (ctx, i, floor, limit, q);
}

/* The last figure found, when it is of @sentence; else -1. */
static inline gint
_diptych_detect_last_in_sentence (DetectContext *ctx,
                                  guint          sentence)
{
  if (ctx->figures->len == 0)
    return -1;
  if (g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).sentence != sentence)
    return -1;
  return ctx->figures->len - 1;
}

G_END_DECLS
