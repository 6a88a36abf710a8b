/* diptych-detect-casualty.c: casualty figures among the article's numbers
 *
 * A number (digits, number words, "two dozen", "hundreds", "between 15
 * and 20") is a casualty figure when its clause says what happened to the
 * people it counts: an outcome word before it ("killing at least 37
 * people"), after it ("80 people were wounded", "300 residents who had
 * fled"), in a partitive ("14 of the wounded"), a toll ("raising the toll
 * to 39"), or when it breaks down or joins a figure that has one
 * ("including nine children and five women"). Numbers of things (dates,
 * times, ages, money, measures, "two airstrikes") stay quiet. The value,
 * bounds and qualifier come from diptych_casualty_read_amount().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-casualty-parser.h"
#include "diptych-detect-private.h"

/* How far after a figure its outcome may be: "300 residents who had
 * fled", "600 residents of neighboring buildings had been forced from
 * their homes".
 */
#define AFTER_WINDOW 10
/* How long an aside between a figure and its verb may be: "Six men,
 * including two police officers who had been on duty at the gate, were
 * taken into custody".
 */
#define ASIDE_WINDOW 20
/* How far before "to 39" the toll may be named. */
#define TOLL_WINDOW 12
/* How many figures back a whole is looked for. */
#define MAX_LOOKBACK 40
/* How many tokens of a quantity the parser's readings are kept for. */
#define MAX_READ_TOKENS 8

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

typedef enum
{
  LINK_NONE,
  LINK_BREAKDOWN,   /* "including nine children": the figure before */
  LINK_PREVIOUS,    /* "of them", "Of those,": the figure before */
  LINK_OUTCOME,     /* "14 of the wounded": the last figure of that outcome */
  LINK_AMONG_THOSE, /* "were among those hurt": likewise */
  LINK_AMONG_NEXT,  /* "were among the 64 wounded": the figure named next */
  LINK_COORDINATE,  /* "and five women": as the figure before */
  LINK_HEAD,        /* "Of the 41 civilians, nine were women": the figure before the comma */
  LINK_REPEAT,      /* "the 41 civilians" again: as that figure */
} Link;

static gboolean
is_punct (DetectContext *ctx,
          guint          i)
{
  return detect_key (ctx, i)->kind == DIPTYCH_TOKEN_PUNCTUATION;
}

static gboolean
is_apostrophe (DetectContext *ctx,
               guint          i)
{
  return _diptych_detect_is (ctx, i, "'");
}

/* A number word, "twenty-one" included. */
static gboolean
is_number_word (DetectContext *ctx,
                guint          i)
{
  return i < ctx->n_tokens && detect_key (ctx, i)->number_word;
}

static gboolean
is_digits (DetectContext *ctx,
           guint          i)
{
  return i < ctx->n_tokens && detect_key (ctx, i)->digits;
}

static gboolean
is_dash (DetectContext *ctx,
         guint          i)
{
  /* The tokenizer folds every dash and a lone hyphen to an em dash. */
  return _diptych_detect_is (ctx, i, "\xE2\x80\x94");
}

/* A number from @i on: digits or words, with scales ("6.8 million",
 * "two dozen", "a hundred and twenty"). Returns the token after it, or
 * @i when there is none.
 */
static guint
read_number (DetectContext *ctx,
             guint          i,
             guint          limit)
{
  guint k = i;
  gboolean any = FALSE;

  /* "half a million" */
  if (k + 2 < limit && _diptych_detect_is (ctx, k, "half") &&
      (_diptych_detect_is (ctx, k + 1, "a") || _diptych_detect_is (ctx, k + 1, "an")) &&
      detect_in (ctx, k + 2, LEX_SCALE))
    k++;
  if (k < limit && (_diptych_detect_is (ctx, k, "a") || _diptych_detect_is (ctx, k, "an")) &&
      detect_in (ctx, k + 1, LEX_SCALE) && k + 1 < limit)
    {
      k += 2;
      any = TRUE;
    }
  else if (k < limit && is_digits (ctx, k))
    {
      k++;
      any = TRUE;
    }
  else if (k < limit && is_number_word (ctx, k))
    {
      k++;
      any = TRUE;
      while (k < limit && is_number_word (ctx, k) && detect_value (ctx, k - 1, LEX_NUMBER) >= 20 &&
             detect_value (ctx, k - 1, LEX_NUMBER) % 10 == 0 && detect_value (ctx, k, LEX_NUMBER) < 10)
        k++;  /* "twenty one" */
    }

  if (!any)
    return i;

  while (k < limit && detect_in (ctx, k, LEX_SCALE))
    {
      k++;
      /* "a hundred and twenty" */
      if (k + 1 < limit && _diptych_detect_is (ctx, k, "and") && is_number_word (ctx, k + 1) &&
          detect_value (ctx, k - 1, LEX_SCALE) == 100)
        k += 2;
    }
  return k;
}

/* Whether the words after a number make it the low end of a range:
 * "15 to 20", "two or three", "between 40 and 60", "10–15".
 */
static gboolean
joins_range (DetectContext *ctx,
             guint          num,
             guint          end)
{
  return _diptych_detect_is (ctx, end, "to") || _diptych_detect_is (ctx, end, "or") ||
         is_dash (ctx, end) ||
         (_diptych_detect_is (ctx, end, "and") && num > 0 &&
          _diptych_detect_is (ctx, num - 1, "between"));
}

/* read_quantity() once the number's first token may start one. */
static gboolean
read_quantity_at (DetectContext *ctx,
                  guint          i,
                  guint          floor,
                  guint          limit,
                  Quantity      *q)
{
  const DetectEntry *entry = NULL;
  guint n, end;

  memset (q, 0, sizeof *q);
  q->start = q->num = i;

  if ((n = _diptych_detect_match (ctx, i, LEX_VAGUE, &entry)) > 0 && i + n <= limit)
    {
      q->end = i + n;
      q->vague = TRUE;
      q->vague_low = entry->value;
      /* "several dozen", "a few hundred": still vague, of that scale */
      while (q->end < limit && detect_in (ctx, q->end, LEX_SCALE) && q->vague_low < G_MAXINT32)
        q->vague_low *= detect_value (ctx, q->end++, LEX_SCALE);
    }
  else if (detect_key (ctx, i)->range)
    {
      q->end = i + 1;
      q->range = TRUE;
      /* "3,000-4,000": the word of a range ends at the comma of its
       * second number, whose thousands follow it with no space
       */
      while (q->end + 1 < limit && _diptych_detect_is (ctx, q->end, ",") && is_digits (ctx, q->end + 1) &&
             strlen (detect_lower (ctx, q->end + 1)) == 3 &&
             detect_token (ctx, q->end)->byte_start == detect_token (ctx, q->end - 1)->byte_end &&
             detect_token (ctx, q->end + 1)->byte_start == detect_token (ctx, q->end)->byte_end)
        q->end += 2;
    }
  else if ((end = read_number (ctx, i, limit)) > i)
    {
      q->end = end;
      if (end + 1 < limit && joins_range (ctx, i, end))
        {
          guint high_end = read_number (ctx, end + 1, limit);

          if (high_end > end + 1)
            {
              q->range = TRUE;
              q->low_end = end;
              q->high = end + 1;
              q->end = high_end;
            }
        }
    }
  else
    return FALSE;

  n = _diptych_detect_match_before (ctx, q->num, floor, LEX_QUALIFIER, NULL);
  q->start = q->num - n;
  return TRUE;
}

/* A quantity whose number starts at @i. Most tokens start none, which
 * is told here without a call.
 */
static inline gboolean
read_quantity (DetectContext *ctx,
               guint          i,
               guint          floor,
               guint          limit,
               Quantity      *q)
{
  return i < limit && detect_key (ctx, i)->quantity && read_quantity_at (ctx, i, floor, limit, q);
}

static gboolean is_plural_noun (DetectContext *ctx,
                                guint          i);

/* "children under the age of 12": the "of" at @of. Apart from
 * is_not_people(), whose length keeps the compiler from working out the
 * heads of its words.
 */
static gboolean
after_age_of (DetectContext *ctx,
              guint          of)
{
  return _diptych_detect_is (ctx, of, "of") &&
         (_diptych_detect_is (ctx, of - 1, "age") || _diptych_detect_is (ctx, of - 1, "ages"));
}

/* Whether a number after @before ends a list of ages: "aged 15 and 17",
 * "aged 9, 12 and 14".
 */
static gboolean
in_list_of_ages (DetectContext *ctx,
                 guint          first,
                 guint          before)
{
  if (!_diptych_detect_is (ctx, before, "and") && !_diptych_detect_is (ctx, before, "or") &&
      !_diptych_detect_is (ctx, before, ","))
    return FALSE;
  for (guint k = before; k > first && before - k < 8; k--)
    {
      if (_diptych_detect_is (ctx, k - 1, "aged") || _diptych_detect_is (ctx, k - 1, "ages"))
        return k < before;
      if (!(is_digits (ctx, k - 1) || is_number_word (ctx, k - 1) || _diptych_detect_is (ctx, k - 1, "and") ||
            _diptych_detect_is (ctx, k - 1, "or") || _diptych_detect_is (ctx, k - 1, ",")))
        return FALSE;
    }
  return FALSE;
}

/* "one of the worst atrocities", "one of the deadliest" */
static gboolean
one_of_the_most (DetectContext *ctx,
                 guint          one)
{
  return _diptych_detect_is (ctx, one, "one") && _diptych_detect_is (ctx, one + 1, "of") &&
         _diptych_detect_is (ctx, one + 2, "the") &&
         (g_str_has_suffix (detect_lower (ctx, one + 3), "est") || _diptych_detect_is (ctx, one + 3, "worst") ||
          _diptych_detect_is (ctx, one + 3, "most"));
}

/* "nine members of one family", "killed in one village": "one" after a
 * preposition, a determiner of a noun that names no people.
 */
static gboolean
is_determiner_one (DetectContext  *ctx,
                   const Quantity *q,
                   guint           first,
                   guint           last)
{
  guint before = q->num - 1, after = q->end;

  return q->end == q->num + 1 && q->num > first && after < last && _diptych_detect_is (ctx, q->num, "one") &&
         (_diptych_detect_is (ctx, before, "of") || _diptych_detect_is (ctx, before, "from") ||
          _diptych_detect_is (ctx, before, "in") || _diptych_detect_is (ctx, before, "at")) &&
         !is_punct (ctx, after) && !is_digits (ctx, after) && !detect_in (ctx, after, LEX_GROUP) &&
         !detect_in (ctx, after, LEX_FUNCTION) && !detect_in (ctx, after, LEX_OUTCOME) &&
         !is_plural_noun (ctx, after);
}

/* A place people live in, or their number: "hamlet", "city",
 * "population".
 */
static gboolean
is_settlement (DetectContext *ctx,
               guint          i)
{
  return _diptych_detect_is (ctx, i, "hamlet") || _diptych_detect_is (ctx, i, "village") ||
         _diptych_detect_is (ctx, i, "town") || _diptych_detect_is (ctx, i, "city") ||
         _diptych_detect_is (ctx, i, "country") || _diptych_detect_is (ctx, i, "nation") ||
         _diptych_detect_is (ctx, i, "island") || _diptych_detect_is (ctx, i, "community") ||
         _diptych_detect_is (ctx, i, "municipality") || _diptych_detect_is (ctx, i, "district") ||
         _diptych_detect_is (ctx, i, "province") || _diptych_detect_is (ctx, i, "region") ||
         _diptych_detect_is (ctx, i, "population");
}

/* Dates, years, times, ages, money and measures. */
static gboolean
is_not_people (DetectContext  *ctx,
               const Quantity *q,
               guint           first,
               guint           last)
{
  guint before = q->start > first ? q->start - 1 : G_MAXUINT;
  guint after = q->end;
  const char *w;

  if (before != G_MAXUINT)
    {
      /* "a boy of about 10": an age */
      if (_diptych_detect_is (ctx, before, "of") && before > first + 1 &&
          (_diptych_detect_is (ctx, before - 2, "a") || _diptych_detect_is (ctx, before - 2, "an")) &&
          (_diptych_detect_is (ctx, before - 1, "boy") || _diptych_detect_is (ctx, before - 1, "girl") ||
           _diptych_detect_is (ctx, before - 1, "man") || _diptych_detect_is (ctx, before - 1, "woman") ||
           _diptych_detect_is (ctx, before - 1, "child") || _diptych_detect_is (ctx, before - 1, "teenager")))
        return TRUE;
      /* "a hamlet of roughly 250 people", "a city of 2 million": a
       * population
       */
      if (_diptych_detect_is (ctx, before, "of") && before > first && is_settlement (ctx, before - 1))
        return TRUE;
      if (detect_in (ctx, before, LEX_CURRENCY) ||
          (detect_in (ctx, before, LEX_MONTH) && detect_key (ctx, before)->upper) ||
          _diptych_detect_is (ctx, before, "aged") || _diptych_detect_is (ctx, before, "no"))
        return TRUE;
      if (before > first && after_age_of (ctx, before))
        return TRUE;
      /* not "two men aged 40 and 12 other people", whose noun follows */
      if (in_list_of_ages (ctx, first, before) &&
          !(after < last && (detect_in (ctx, after, LEX_GROUP) || detect_in (ctx, after, LEX_OUTCOME) ||
                             _diptych_detect_is (ctx, after, "other") || _diptych_detect_is (ctx, after, "others") ||
                             _diptych_detect_is (ctx, after, "more") || is_plural_noun (ctx, after))))
        return TRUE;
      /* An age: "the youngest of them 14", "the oldest was 82" */
      for (guint k = before + 1; k > first && before + 1 - k < 4; k--)
        {
          if (_diptych_detect_is (ctx, k - 1, "youngest") || _diptych_detect_is (ctx, k - 1, "oldest") ||
              _diptych_detect_is (ctx, k - 1, "eldest"))
            return TRUE;
          if (!(_diptych_detect_is (ctx, k - 1, "of") || _diptych_detect_is (ctx, k - 1, "them") ||
                _diptych_detect_is (ctx, k - 1, "whom") || _diptych_detect_is (ctx, k - 1, "was") ||
                _diptych_detect_is (ctx, k - 1, "is") || _diptych_detect_is (ctx, k - 1, "aged") ||
                _diptych_detect_is (ctx, k - 1, ",")))
            break;
        }
      /* "Umm Ahmad, 46, who …" */
      if (_diptych_detect_is (ctx, before, ",") && before > first && detect_key (ctx, before - 1)->upper &&
          after < last && _diptych_detect_is (ctx, after, ",") && !q->vague && q->end == q->num + 1)
        return TRUE;
    }

  if (after < last)
    {
      /* "26, three more than police had reported": a difference */
      if ((_diptych_detect_is (ctx, after, "more") || _diptych_detect_is (ctx, after, "fewer") ||
           _diptych_detect_is (ctx, after, "less")) &&
          _diptych_detect_is (ctx, after + 1, "than"))
        return TRUE;
      if (_diptych_detect_is (ctx, after, "%") || _diptych_detect_match (ctx, after, LEX_UNIT, NULL) > 0 ||
          (detect_in (ctx, after, LEX_MONTH) && detect_key (ctx, after)->upper))
        return TRUE;
      /* "2:30", "10 a.m." */
      if ((_diptych_detect_is (ctx, after, ":") && is_digits (ctx, after + 1)) ||
          ((_diptych_detect_is (ctx, after, "a") || _diptych_detect_is (ctx, after, "p")) &&
           _diptych_detect_is (ctx, after + 1, ".") && _diptych_detect_is (ctx, after + 2, "m")))
        return TRUE;
    }

  /* A number in a name: "Military Zone 20 rounded up the residents",
   * "Resolution 2254 and"; not "on Sunday 14 people died", whose noun
   * follows it, nor "… and the National Hospital 19," at a clause's end
   */
  if (before != G_MAXUINT && before > first && detect_key (ctx, before)->upper && after < last &&
      !is_punct (ctx, after) &&
      !(detect_in (ctx, after, LEX_GROUP) || is_plural_noun (ctx, after) ||
        _diptych_detect_is (ctx, after, "other") || _diptych_detect_is (ctx, after, "others") ||
        _diptych_detect_is (ctx, after, "more")))
    return TRUE;

  if (q->end == q->num + 1 && after + 2 < last && one_of_the_most (ctx, q->num))
    return TRUE;

  if (is_determiner_one (ctx, q, first, last))
    return TRUE;

  /* A phone number: "0800 555 123", "01713-488777" */
  if ((is_digits (ctx, q->num) && detect_lower (ctx, q->num)[0] == '0' && detect_lower (ctx, q->num)[1] != '\0' &&
       g_ascii_isdigit (detect_lower (ctx, q->num)[1])) ||
      (before != G_MAXUINT && is_digits (ctx, before) && !q->range) ||
      (after < last && is_digits (ctx, after)))
    return TRUE;

  /* A ratio: "1 in 5 of the dead" */
  if ((after + 1 < last && _diptych_detect_is (ctx, after, "in") &&
       (is_digits (ctx, after + 1) || is_number_word (ctx, after + 1))) ||
      (before != G_MAXUINT && before > first && _diptych_detect_is (ctx, before, "in") &&
       (is_digits (ctx, before - 1) || is_number_word (ctx, before - 1))))
    return TRUE;

  /* A year: "since 2017", "in April 2023" */
  w = detect_lower (ctx, q->num);
  if (q->end == q->num + 1 && is_digits (ctx, q->num) && g_ascii_isdigit (w[1]) &&
      g_ascii_isdigit (w[2]) && g_ascii_isdigit (w[3]) && w[4] == '\0')
    {
      gint64 year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');

      if (year >= 1800 && year <= 2100 && !(after < last && detect_in (ctx, after, LEX_GROUP)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_plural_noun (DetectContext *ctx,
                guint          i)
{
  const char *w = detect_lower (ctx, i);
  gsize len = strlen (w);

  return len > 3 && ((w[len - 1] == 's' && w[len - 2] != 's' && !detect_key (ctx, i)->possessive) ||
                     g_str_has_suffix (w, "men")) &&
         !detect_in (ctx, i, LEX_FUNCTION);
}

/* "seriously", "critically", "lightly": how badly people were hurt. */
static gboolean
is_severity (DetectContext *ctx,
             guint          i)
{
  return _diptych_detect_is (ctx, i, "seriously") || _diptych_detect_is (ctx, i, "critically") ||
         _diptych_detect_is (ctx, i, "severely") || _diptych_detect_is (ctx, i, "gravely") ||
         _diptych_detect_is (ctx, i, "badly") || _diptych_detect_is (ctx, i, "lightly") ||
         _diptych_detect_is (ctx, i, "slightly") || _diptych_detect_is (ctx, i, "moderately");
}

/* "Syrians", "Palestinians", "Yemenis", "Sudanese": people. */
static gboolean
is_demonym (DetectContext *ctx,
            guint          i)
{
  const DetectKey *key = detect_key (ctx, i);
  const char *w = key->lower;

  if (!key->upper || key->all_upper)
    return FALSE;
  return g_str_has_suffix (w, "ans") || g_str_has_suffix (w, "ese") || g_str_has_suffix (w, "is") ||
         g_str_has_suffix (w, "ites");
}

/* The group and the noun's end of a figure whose noun starts with the
 * people's name at @h: "300 Syrians", or the noun after it, "two
 * Lebanese Red Cross paramedics"; a noun the lists do not know, "two
 * Lebanese shepherds", is of the other group and @unknown.
 */
static void
demonym_noun (DetectContext *ctx,
              guint          h,
              guint          last,
              gint          *group,
              guint         *head_end,
              gboolean      *unknown)
{
  *group = DIPTYCH_GROUP_PEOPLE;
  *head_end = h + 1;
  for (guint k = h + 1; k < last && k < h + 4; k++)
    {
      const DetectEntry *entry = NULL;

      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          *group = entry->value;
          *head_end = k + entry->n_words;
          return;
        }
      if (is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || detect_in (ctx, k, LEX_OUTCOME) ||
          detect_key (ctx, k)->quantity)
        return;
      /* a name goes on in capitals: "Red Cross" */
      if (!detect_key (ctx, k)->upper)
        {
          if (k == h + 1 && is_plural_noun (ctx, k) && !detect_in (ctx, k, LEX_REPORTING))
            {
              *group = DIPTYCH_GROUP_OTHER;
              *head_end = k + 1;
              *unknown = TRUE;
            }
          return;
        }
    }
}

/* The group noun of a partitive's "of" phrase at @d, past a determiner,
 * a possessive and an adjective or two: "of the gunmen", "of its border
 * guards", "of our heroic policemen", "of the clinic's nurses"; else
 * @last.
 */
static guint
partitive_group (DetectContext *ctx,
                 guint          d,
                 guint          last)
{
  guint k = d;

  if (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is (ctx, k, "its") ||
      _diptych_detect_is (ctx, k, "our") || _diptych_detect_is (ctx, k, "their") ||
      _diptych_detect_is (ctx, k, "his") || _diptych_detect_is (ctx, k, "her"))
    k++;
  if (k < last && k > d && detect_key (ctx, k)->possessive)
    k++;
  for (guint end = MIN (last, k + 3); k < end; k++)
    {
      const DetectEntry *entry = NULL;

      /* not "Two of the attackers' vehicles": they own the noun */
      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        return is_apostrophe (ctx, k + entry->n_words) ? last : k;
      if (is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || detect_in (ctx, k, LEX_OUTCOME) ||
          detect_key (ctx, k)->quantity)
        break;
    }
  return last;
}

static gboolean
is_body_part (DetectContext *ctx,
              guint          i)
{
  return _diptych_detect_is (ctx, i, "limb") || _diptych_detect_is (ctx, i, "limbs") ||
         _diptych_detect_is (ctx, i, "leg") || _diptych_detect_is (ctx, i, "legs") ||
         _diptych_detect_is (ctx, i, "arm") || _diptych_detect_is (ctx, i, "arms") ||
         _diptych_detect_is (ctx, i, "hand") || _diptych_detect_is (ctx, i, "hands") ||
         _diptych_detect_is (ctx, i, "foot") || _diptych_detect_is (ctx, i, "feet") ||
         _diptych_detect_is (ctx, i, "eye") || _diptych_detect_is (ctx, i, "eyes") ||
         _diptych_detect_is (ctx, i, "sight") || _diptych_detect_is (ctx, i, "eyesight") ||
         _diptych_detect_is (ctx, i, "hearing");
}

/* How many tokens from the "lost" at @i say that people were maimed:
 * "had lost limbs", "lost a leg", "lost their sight"; or 0.
 */
static guint
lost_body_part (DetectContext *ctx,
                guint          i)
{
  guint k = i + 1;

  if (_diptych_detect_is (ctx, k, "a") || _diptych_detect_is (ctx, k, "an") ||
      _diptych_detect_is (ctx, k, "their") || _diptych_detect_is (ctx, k, "his") ||
      _diptych_detect_is (ctx, k, "her") || _diptych_detect_is (ctx, k, "both") ||
      _diptych_detect_is (ctx, k, "one"))
    k++;
  return k < ctx->n_tokens && is_body_part (ctx, k) ? k + 1 - i : 0;
}

static gint
match_outcome (DetectContext *ctx,
               guint          i,
               guint         *n)
{
  const DetectEntry *entry = NULL;
  guint maimed;

  *n = _diptych_detect_match (ctx, i, LEX_OUTCOME, &entry);
  if (*n == 1 && (_diptych_detect_is (ctx, i, "lost") || _diptych_detect_is (ctx, i, "losing")) &&
      (maimed = lost_body_part (ctx, i)) > 0)
    {
      *n = maimed;
      return DIPTYCH_OUTCOME_INJURED;
    }
  return *n > 0 ? (gint)entry->value : -1;
}

/* Whether a noun phrase starts at @i: the object of an active verb. */
static gboolean
is_object_start (DetectContext *ctx,
                 guint          i,
                 guint          last)
{
  Quantity q;
  guint n;

  /* "killing “more than 120 rebels”" */
  while (i < last && _diptych_detect_is_quote (ctx, i))
    i++;
  /* a qualifier qualifies a number: "wounded over the same period",
   * "killed around the city" have no object
   */
  if ((n = _diptych_detect_match (ctx, i, LEX_QUALIFIER, NULL)) > 0)
    return read_quantity (ctx, i + n, i + n, last, &q);
  if (_diptych_detect_is (ctx, i, "the") || _diptych_detect_is (ctx, i, "a") ||
      _diptych_detect_is (ctx, i, "an") || _diptych_detect_is (ctx, i, "their") ||
      _diptych_detect_is (ctx, i, "his") || _diptych_detect_is (ctx, i, "its") ||
      detect_in (ctx, i, LEX_GROUP))
    return TRUE;
  return read_quantity (ctx, i, i, last, &q);
}

/* Whether the outcome word that ends at @i is a noun, which takes no
 * object: "injuries", "wounds", "deaths" (not "kills").
 */
static gboolean
is_outcome_noun (DetectContext *ctx,
                 guint          i)
{
  const char *w = detect_lower (ctx, i);

  return g_str_has_suffix (w, "s") && !_diptych_detect_is (ctx, i, "kills");
}

/* Whether the verb at @i is a passive's: "were killed", "had been
 * abducted".
 */
static gboolean
is_passive (DetectContext *ctx,
            guint          from,
            guint          i)
{
  return i > from && (_diptych_detect_is (ctx, i - 1, "were") || _diptych_detect_is (ctx, i - 1, "was") ||
                      _diptych_detect_is (ctx, i - 1, "been") || _diptych_detect_is (ctx, i - 1, "being") ||
                      _diptych_detect_is (ctx, i - 1, "are") || _diptych_detect_is (ctx, i - 1, "is") ||
                      _diptych_detect_is (ctx, i - 1, "be"));
}

/* Whether the words from @i name a time, not an object: "a day after",
 * "the same day", "the previous night", "two weeks ago".
 */
static gboolean
names_a_time (DetectContext *ctx,
              guint          i,
              guint          last)
{
  for (guint k = i; k < last && k < i + 3; k++)
    {
      if (detect_in (ctx, k, LEX_TIME))
        return TRUE;
      if (is_punct (ctx, k))
        break;
    }
  return FALSE;
}

/* Whether an outcome word from @from to @to may be done to things:
 * "captured", "lost" (not "lost their lives"), "buried", "wiped out",
 * "moved to".
 */
static gboolean
verb_of_things (DetectContext *ctx,
                guint          from,
                guint          to)
{
  for (guint k = from; k < to; k++)
    {
      if (_diptych_detect_is (ctx, k, "captured") || _diptych_detect_is (ctx, k, "capturing") ||
          _diptych_detect_is (ctx, k, "buried") || _diptych_detect_is (ctx, k, "seized") ||
          _diptych_detect_is (ctx, k, "recaptured") || _diptych_detect_is (ctx, k, "annihilated") ||
          _diptych_detect_is (ctx, k, "wiped") || _diptych_detect_is (ctx, k, "moved"))
        return TRUE;
      if ((_diptych_detect_is (ctx, k, "lost") || _diptych_detect_is (ctx, k, "losing")) &&
          !(_diptych_detect_is (ctx, k + 1, "their") || _diptych_detect_is (ctx, k + 1, "his") ||
            _diptych_detect_is (ctx, k + 1, "her")))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_home (DetectContext *ctx,
         guint          i)
{
  return _diptych_detect_is (ctx, i, "homes") || _diptych_detect_is (ctx, i, "houses") ||
         _diptych_detect_is (ctx, i, "villages") || _diptych_detect_is (ctx, i, "towns") ||
         _diptych_detect_is (ctx, i, "hamlets") ||
         _diptych_detect_is (ctx, i, "neighbourhoods") || _diptych_detect_is (ctx, i, "neighborhoods");
}

/* How many tokens from @i on say that people left their homes, which
 * displaces them: "had left border villages", "have left their
 * villages", "had left for villages inland"; or 0.
 */
static guint
left_homes (DetectContext *ctx,
            guint          i,
            guint          last)
{
  guint k = i + 1;

  if (!_diptych_detect_is (ctx, i, "left"))
    return 0;
  if (_diptych_detect_is (ctx, k, "for") || _diptych_detect_is (ctx, k, "their") ||
      _diptych_detect_is (ctx, k, "the"))
    k++;
  /* a describing word: "border villages" */
  if (k + 1 < last && !is_home (ctx, k) && !is_punct (ctx, k) && !detect_in (ctx, k, LEX_FUNCTION))
    k++;
  return k < last && is_home (ctx, k) ? k + 1 - i : 0;
}

/* How many tokens from @i on say that people live without their homes:
 * "are sleeping in army tents", "are living in roadside camps", "slept in
 * the open"; or 0. Not "were sheltering there", which says where they
 * were.
 */
static guint
without_homes (DetectContext *ctx,
               guint          i,
               guint          last)
{
  if (!(_diptych_detect_is (ctx, i, "sleeping") || _diptych_detect_is (ctx, i, "slept") ||
        _diptych_detect_is (ctx, i, "living") || _diptych_detect_is (ctx, i, "camped")) ||
      !(_diptych_detect_is (ctx, i + 1, "in") || _diptych_detect_is (ctx, i + 1, "on")))
    return 0;
  for (guint k = i + 2; k < last && k < i + 5; k++)
    {
      if (_diptych_detect_is (ctx, k, "tents") || _diptych_detect_is (ctx, k, "camps") ||
          _diptych_detect_is (ctx, k, "streets") ||
          (_diptych_detect_is (ctx, k, "open") && _diptych_detect_is (ctx, k - 1, "the")))
        return k + 1 - i;
      if (is_punct (ctx, k) || (k > i + 2 && detect_in (ctx, k, LEX_FUNCTION)))
        break;
    }
  return 0;
}

/* How many tokens from @i on say that people were taken from their
 * homes, which abducts them: "were taken from their homes by men in
 * uniform", "were taken from neighbouring hamlets"; or 0. Not "taken
 * from the rubble".
 */
static guint
taken_from_homes (DetectContext *ctx,
                  guint          i,
                  guint          last)
{
  guint k = i + 2;

  if (!_diptych_detect_is (ctx, i, "taken") || !_diptych_detect_is (ctx, i + 1, "from"))
    return 0;
  if (_diptych_detect_is (ctx, k, "their") || _diptych_detect_is (ctx, k, "the"))
    k++;
  /* a describing word: "neighbouring hamlets" */
  if (k + 1 < last && !is_home (ctx, k) && !is_punct (ctx, k) && !detect_in (ctx, k, LEX_FUNCTION))
    k++;
  return k < last && is_home (ctx, k) ? k + 1 - i : 0;
}

/* How many tokens from @i on say that people were taken to a hospital,
 * which the lists say only without words between ("taken to
 * hospital"): "taken to the provincial hospital", "rushed to a
 * hospital"; or 0.
 */
static guint
taken_to_hospital (DetectContext *ctx,
                   guint          i,
                   guint          last)
{
  if (!(_diptych_detect_is (ctx, i, "taken") || _diptych_detect_is (ctx, i, "rushed") ||
        _diptych_detect_is (ctx, i, "brought") || _diptych_detect_is (ctx, i, "admitted") ||
        _diptych_detect_is (ctx, i, "airlifted") || _diptych_detect_is (ctx, i, "flown")) ||
      !_diptych_detect_is (ctx, i + 1, "to"))
    return 0;
  for (guint k = i + 2; k < last && k < i + 6; k++)
    {
      if (_diptych_detect_is (ctx, k, "hospital") || _diptych_detect_is (ctx, k, "hospitals"))
        return k + 1 - i;
      if (is_punct (ctx, k) || (k > i + 2 && detect_in (ctx, k, LEX_FUNCTION)))
        break;
    }
  return 0;
}

static gboolean
is_rubble (DetectContext *ctx,
           guint          i)
{
  return _diptych_detect_is (ctx, i, "rubble") || _diptych_detect_is (ctx, i, "debris") ||
         _diptych_detect_is (ctx, i, "ruins") || _diptych_detect_is (ctx, i, "wreckage");
}

/* Whether the "trapped" at @i says that people are missing: "believed to
 * be trapped", "feared trapped", "trapped under the rubble"; not
 * "trapped in the besieged city", where they are known to be.
 */
static gboolean
feared_trapped (DetectContext *ctx,
                guint          from,
                guint          i,
                guint          last)
{
  guint k = i;

  if (!_diptych_detect_is (ctx, i, "trapped"))
    return FALSE;
  if (k > from + 1 && _diptych_detect_is (ctx, k - 1, "be") && _diptych_detect_is (ctx, k - 2, "to"))
    k -= 2;
  if (k > from && (_diptych_detect_is (ctx, k - 1, "believed") ||
                   _diptych_detect_is (ctx, k - 1, "thought") ||
                   _diptych_detect_is (ctx, k - 1, "feared")))
    return TRUE;
  if (i + 1 < last &&
      (_diptych_detect_is (ctx, i + 1, "under") || _diptych_detect_is (ctx, i + 1, "beneath")))
    return TRUE;
  return i + 2 < last && _diptych_detect_is (ctx, i + 1, "in") &&
         (is_rubble (ctx, i + 2) || (i + 3 < last && is_rubble (ctx, i + 3)));
}

static gboolean
is_verb_of_be (DetectContext *ctx,
               guint          i)
{
  return _diptych_detect_is (ctx, i, "had") || _diptych_detect_is (ctx, i, "have") ||
         _diptych_detect_is (ctx, i, "has") || _diptych_detect_is (ctx, i, "were") ||
         _diptych_detect_is (ctx, i, "was") || _diptych_detect_is (ctx, i, "are") ||
         _diptych_detect_is (ctx, i, "is");
}

/* The closing dash of a dash aside at the dash @i when the figure's verb
 * follows it: past the aside from its opening dash, when that is just
 * after the figure (@opening: "3,400 families – roughly 17,000 people –
 * had sought refuge"), or out of it from its closing dash ("17,000
 * people – had", "seven guards and a nurse … among them – were
 * wounded"); else @last.
 */
static guint
dash_aside_end (DetectContext *ctx,
                guint          i,
                gboolean       opening,
                guint          last)
{
  guint j;

  for (j = i + 1; opening && j < last && j < i + ASIDE_WINDOW; j++)
    {
      if (is_dash (ctx, j))
        {
          if (j + 1 < last && is_verb_of_be (ctx, j + 1))
            return j;
          break;
        }
      if (_diptych_detect_is (ctx, j, ";"))
        break;
    }
  if (i + 1 >= last || !is_verb_of_be (ctx, i + 1))
    return last;
  for (j = i; j > 0 && i - j < ASIDE_WINDOW; j--)
    {
      if (is_dash (ctx, j - 1))
        return i;
      if (_diptych_detect_is (ctx, j - 1, ".") || _diptych_detect_is (ctx, j - 1, ";"))
        break;
    }
  return last;
}

/* The outcome of a clause from @i whose object is "them", the people
 * named before it: "we cannot find them", "the gunmen took them away";
 * or -1.
 */
static gint
resumed_outcome (DetectContext *ctx,
                 guint          i,
                 guint          last,
                 guint         *n)
{
  for (guint k = i; k < last && k < i + 6; k++)
    {
      gint outcome;

      if (is_punct (ctx, k) || _diptych_detect_is_quote (ctx, k))
        return -1;
      if ((outcome = match_outcome (ctx, k, n)) >= 0)
        return _diptych_detect_is (ctx, k + *n, "them") ? outcome : -1;
      if (_diptych_detect_is (ctx, k + 1, "them") && _diptych_detect_is (ctx, k + 2, "away") &&
          (_diptych_detect_is (ctx, k, "took") || _diptych_detect_is (ctx, k, "taken")))
        return DIPTYCH_OUTCOME_DETAINED;
    }
  return -1;
}

/* Whether the words from @i to @end are names and ages alone: "Sepoy
 * Abdul Rauf, aged 24, and Lance Naik Imtiaz Ali".
 */
static gboolean
named_list (DetectContext *ctx,
            guint          i,
            guint          end)
{
  gboolean name = FALSE;

  for (guint k = i; k < end; k++)
    {
      if (detect_key (ctx, k)->upper && !detect_key (ctx, k)->quantity && !is_punct (ctx, k))
        name = TRUE;
      else if (!(_diptych_detect_is (ctx, k, ",") || _diptych_detect_is (ctx, k, "and") ||
                 _diptych_detect_is (ctx, k, "aged") || (is_digits (ctx, k) && k > i &&
                                                         _diptych_detect_is (ctx, k - 1, "aged"))))
        return FALSE;
    }
  return name;
}

/* The outcome in the words after a figure, up to the clause's end. */
static gint
outcome_after (DetectContext *ctx,
               guint          from,
               guint          last,
               guint         *outcome_end,
               gboolean      *among,
               guint         *among_next)
{
  gboolean seen_among = FALSE, aside = FALSE;
  guint steps = 0;

  *among_next = G_MAXUINT;
  for (guint i = from; i < last && steps < AFTER_WINDOW; i++, steps++)
    {
      guint n, aside_end;
      gint outcome;
      Quantity q;

      if (_diptych_detect_is_quote (ctx, i) || is_apostrophe (ctx, i))
        continue;
      /* "some 1.9 million people, about 90 percent of the population, had
       * been displaced": past an aside to the verb
       */
      if (_diptych_detect_is (ctx, i, ",") && i == from)
        {
          guint j;

          for (j = i + 1; j < last && j < i + ASIDE_WINDOW && !_diptych_detect_is (ctx, j, ",");
               j++)
            ;
          /* "two soldiers, Sepoy Abdul Rauf, aged 24, and Lance Naik
           * Imtiaz Ali, aged 31, embraced shahadat": past a list of names
           */
          while (j < last && j + 1 < last && j + 1 < i + ASIDE_WINDOW && named_list (ctx, i + 1, j) &&
                 !is_verb_of_be (ctx, j + 1) && match_outcome (ctx, j + 1, &n) < 0)
            for (j++; j < last && j < i + ASIDE_WINDOW && !_diptych_detect_is (ctx, j, ","); j++)
              ;
          /* "one of our drivers, a father of three, was killed", "30
           * people, all of them combatants, died"
           */
          if (j < last && _diptych_detect_is (ctx, j, ",") && j + 1 < last &&
              (_diptych_detect_is (ctx, j + 1, "had") || _diptych_detect_is (ctx, j + 1, "have") ||
               _diptych_detect_is (ctx, j + 1, "has") || _diptych_detect_is (ctx, j + 1, "were") ||
               _diptych_detect_is (ctx, j + 1, "was") || _diptych_detect_is (ctx, j + 1, "are") ||
               _diptych_detect_is (ctx, j + 1, "is") ||
               (match_outcome (ctx, j + 1, &n) >= 0 && !detect_in (ctx, j + 1, LEX_GROUP))))
            {
              i = j;
              aside = TRUE;
              continue;
            }
          return -1;
        }
      if (is_dash (ctx, i) && (aside_end = dash_aside_end (ctx, i, i == from, last)) < last)
        {
          i = aside_end;
          aside = TRUE;
          steps = 0;
          continue;
        }
      /* "My cousin and her three children — we cannot find them": the
       * clause after the dash says it of them again
       */
      if (is_dash (ctx, i) && (outcome = resumed_outcome (ctx, i + 1, last, &n)) >= 0)
        {
          *outcome_end = from;
          *among = FALSE;
          return outcome;
        }
      if (is_punct (ctx, i) && !_diptych_detect_is (ctx, i, "."))
        return -1;
      /* "Two officials said the wounded …": a clause of its own, but not
       * "were reported killed", "were confirmed dead"
       */
      if (detect_in (ctx, i, LEX_REPORTING) && !(i > from && detect_in (ctx, i - 1, LEX_AUXILIARY)) &&
          !_diptych_detect_is (ctx, i, "found"))  /* "12 people found dead" */
        return -1;
      /* "… reached 74 affected villages and that the death toll …" */
      if (_diptych_detect_is (ctx, i, "and") && _diptych_detect_is (ctx, i + 1, "that"))
        return -1;
      if (_diptych_detect_is (ctx, i, "among"))
        {
          seen_among = TRUE;
          continue;
        }
      if (!seen_among && (_diptych_detect_is (ctx, i, "and") || _diptych_detect_is (ctx, i, "while")) &&
          i + 1 < last && read_quantity (ctx, i + 1, i + 1, last, &q))
        return -1;
      if (read_quantity (ctx, i, i, last, &q) && !is_determiner_one (ctx, &q, from, last))
        {
          if (!seen_among)
            return -1;
          if (*among_next == G_MAXUINT)
            *among_next = q.num;
          i = q.end - 1;
          continue;
        }
      outcome = match_outcome (ctx, i, &n);
      /* "gathered in Martyrs Square": a capital inside the sentence makes
       * it a name
       */
      if (outcome >= 0 && detect_key (ctx, i)->upper && !detect_key (ctx, i)->all_upper)
        continue;
      if (outcome < 0 && (n = left_homes (ctx, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      else if (outcome < 0 && (n = taken_to_hospital (ctx, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_INJURED;
      else if (outcome < 0 && (n = without_homes (ctx, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      else if (outcome < 0 && (n = taken_from_homes (ctx, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_DETAINED;
      else if (outcome < 0 && feared_trapped (ctx, from, i, last))
        {
          n = 1;
          outcome = DIPTYCH_OUTCOME_MISSING;
        }
      /* "buried under the rubble" says where they are, not that they
       * died; "buried in a mass grave" does
       */
      if (outcome >= 0 && _diptych_detect_is (ctx, i, "buried") && i + 1 < last &&
          (_diptych_detect_is (ctx, i + 1, "under") || _diptych_detect_is (ctx, i + 1, "beneath") ||
           _diptych_detect_is (ctx, i + 1, "alive") ||
           (_diptych_detect_is (ctx, i + 1, "in") &&
            (_diptych_detect_is (ctx, i + 2, "rubble") || _diptych_detect_is (ctx, i + 3, "rubble") ||
             _diptych_detect_is (ctx, i + 2, "debris") || _diptych_detect_is (ctx, i + 3, "debris") ||
             _diptych_detect_is (ctx, i + 3, "ruins")))))
        continue;
      /* "employees of the internal affairs bodies": after the figure
       * "bodies" is a noun of its own, not what happened to them
       */
      if (outcome >= 0 && detect_in (ctx, i, LEX_GROUP))
        continue;
      /* "3 new sites for displaced families": the word tells of other
       * people, not of the figure's
       */
      if (outcome >= 0 && i > from && i + n < last && _diptych_detect_match (ctx, i + n, LEX_GROUP, NULL) > 0 &&
          (_diptych_detect_is (ctx, i - 1, "for") || _diptych_detect_is (ctx, i - 1, "of") ||
           _diptych_detect_is (ctx, i - 1, "to") || _diptych_detect_is (ctx, i - 1, "with") ||
           _diptych_detect_is (ctx, i - 1, "from")))
        return -1;
      /* "five militants killed two soldiers": they did it; not "were
       * killed the same day", "killed a day after", which take no object
       */
      if (outcome >= 0 && outcome != DIPTYCH_OUTCOME_DISPLACED && outcome != DIPTYCH_OUTCOME_MISSING &&
          i + n < last && !seen_among && !is_outcome_noun (ctx, i + n - 1) && is_object_start (ctx, i + n, last) &&
          !names_a_time (ctx, i + n, last) && !is_passive (ctx, from, i))
        return -1;
      if (outcome >= 0)
        {
          /* "saved their lives" and "feared dead" are not deaths */
          if (n == 2 && _diptych_detect_is (ctx, i, "their") && i > 0 &&
              !_diptych_detect_is (ctx, i - 1, "cost") && !detect_in (ctx, i - 1, LEX_GROUP) &&
              !is_number_word (ctx, i - 1) && !is_digits (ctx, i - 1))
            {
              i++;
              continue;
            }
          /* past an aside the span is the figure's alone */
          *outcome_end = aside ? from : i + n;
          *among = seen_among;
          return outcome;
        }
    }
  return -1;
}

/* The toll whose number this is: "the death toll had climbed to 14", "the
 * number of wounded down to 98", "put the toll higher, at 60".
 */
static gint
toll_before (DetectContext *ctx,
             guint          start,
             guint          first,
             guint         *toll_start)
{
  guint before = start > first ? start - 1 : G_MAXUINT;

  /* "put the number of missing at “between 60 and 70”" */
  while (before != G_MAXUINT && before > first && _diptych_detect_is_quote (ctx, before))
    before--;
  /* "the number of people killed had reached 62", "the tally had reached
   * 54", "the death toll topped 100"
   */
  if (before == G_MAXUINT ||
      !(_diptych_detect_is (ctx, before, "to") || _diptych_detect_is (ctx, before, "at") ||
        _diptych_detect_is (ctx, before, "of") || _diptych_detect_is (ctx, before, "reached") ||
        _diptych_detect_is (ctx, before, "topped") || _diptych_detect_is (ctx, before, "passed") ||
        _diptych_detect_is (ctx, before, "exceeded") || _diptych_detect_is (ctx, before, "surpassed")))
    return -1;

  for (guint k = before; k > first && before - k < TOLL_WINDOW; k--)
    {
      guint t = k - 1, n;
      const DetectEntry *entry = NULL;
      gint outcome = -1;

      if (_diptych_detect_is (ctx, t, ".") || _diptych_detect_is (ctx, t, ";"))
        return -1;
      if (_diptych_detect_match (ctx, t, LEX_TOLL, &entry) == 0)
        continue;
      if (is_digits (ctx, t + entry->n_words))
        continue;  /* "the toll of 39 …" is read from its own number */
      /* "a total of 300 homes": a count, not a toll */
      if (strcmp (entry->words[0], "total") == 0 && _diptych_detect_is (ctx, before, "of"))
        continue;

      /* "death toll", "number of wounded", "count of dead" */
      if (t > first)
        outcome = match_outcome (ctx, t - 1, &n);
      if (outcome < 0 && _diptych_detect_is (ctx, t + entry->n_words, "of"))
        {
          guint o = t + entry->n_words + 1;
          const DetectEntry *group = NULL;

          /* "the number of people killed", "the number of Afghan
           * fighters killed", "the number of those killed"
           */
          if (_diptych_detect_match (ctx, o, LEX_GROUP, &group) > 0)
            o += group->n_words;
          else if (_diptych_detect_is (ctx, o, "those"))
            o++;
          else if (o + 1 < before && !detect_in (ctx, o, LEX_OUTCOME) && !is_punct (ctx, o) &&
                   _diptych_detect_match (ctx, o + 1, LEX_GROUP, &group) > 0)
            o += 1 + group->n_words;
          /* "the number of internally displaced persons" */
          if (g_str_has_suffix (detect_lower (ctx, o), "ly") && match_outcome (ctx, o + 1, &n) >= 0)
            o++;
          outcome = match_outcome (ctx, o, &n);
          /* "the number of victims at 256": those a toll counts died;
           * "the number of refugees": they fled
           */
          if (outcome < 0 && o == t + entry->n_words + 2 && _diptych_detect_is (ctx, o - 1, "victims"))
            outcome = DIPTYCH_OUTCOME_KILLED;
          else if (outcome < 0 && o == t + entry->n_words + 2 && _diptych_detect_is (ctx, o - 1, "refugees"))
            outcome = DIPTYCH_OUTCOME_DISPLACED;
        }
      /* "put the number killed at 31", "taking the number killed to 21" */
      if (outcome < 0 && !_diptych_detect_is (ctx, t + entry->n_words, "of"))
        outcome = match_outcome (ctx, t + entry->n_words, &n);
      if (outcome < 0 && entry->n_words == 2)
        outcome = DIPTYCH_OUTCOME_KILLED;
      if (outcome < 0 && strcmp (entry->words[0], "number") == 0)
        return -1;
      /* "killed 18 people, bringing the total to 1,240": the total of
       * the outcome before it
       */
      if (outcome < 0 && strcmp (entry->words[0], "total") == 0)
        {
          for (guint o = t; outcome < 0 && o > first; o--)
            outcome = match_outcome (ctx, o - 1, &n);
          if (outcome < 0)
            return -1;
        }
      if (outcome < 0)
        outcome = DIPTYCH_OUTCOME_KILLED;

      *toll_start = t;
      if (t > first && detect_in (ctx, t - 1, LEX_OUTCOME))
        t--;  /* "the death toll" */
      *toll_start = t;
      if (t > first && (_diptych_detect_is (ctx, t - 1, "the") || detect_key (ctx, t - 1)->possessive))
        *toll_start = t - 1;
      return outcome;
    }
  return -1;
}

/* Whether people of @group (-1 when not written) can be a part of a
 * figure @whole: not civilians of a figure of armed men, nor soldiers of
 * one of fighters ("some 40 of the dead were civilians" is no part of
 * "between 40 and 50 militia fighters had died").
 */
static gboolean
group_fits (const DetectItem *whole,
            gint              group)
{
  gint of = whole->no_group ? -1 : (gint)whole->casualty.group;
  gboolean armed = of == DIPTYCH_GROUP_FIGHTERS || of == DIPTYCH_GROUP_SOLDIERS;

  if (group < 0 || of < 0)
    return TRUE;
  if (group == DIPTYCH_GROUP_CIVILIANS)
    return !armed;
  if (group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS)
    return of != DIPTYCH_GROUP_CIVILIANS && (!armed || of == group);
  return TRUE;
}

/* The last figure before @before that can be broken down: not itself
 * part of one, not an increment, of @outcome unless that is -1, and
 * of people that @group (-1 when not written) can be a part of.
 */
static gint
last_total (DetectContext *ctx,
            gint           outcome,
            guint          sentence_floor,
            gint64         part,
            gint           group)
{
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);
      gint64 whole = MAX (item->casualty.value, item->casualty.high);

      if (item->sentence < sentence_floor)
        return -1;
      if (item->parent >= 0 || item->more)
        continue;
      /* a part is smaller than its whole */
      if (part != DIPTYCH_NO_NUMBER && whole != DIPTYCH_NO_NUMBER && whole <= part)
        continue;
      if (part != DIPTYCH_NO_NUMBER && whole == DIPTYCH_NO_NUMBER &&
          item->casualty.low != DIPTYCH_NO_NUMBER && item->casualty.low < part)
        continue;
      if (!group_fits (item, group))
        continue;
      if (outcome < 0 || (gint)item->casualty.outcome == outcome)
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && sentence_floor == 0 && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* The outcome of the last figure of dead or wounded found, for "47
 * victims": the victims of what the article counts; not those detained
 * or displaced. -1 when there is none.
 */
static gint
outcome_before (DetectContext *ctx)
{
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DiptychOutcome outcome = g_array_index (ctx->figures, DetectItem, f - 1).casualty.outcome;

      if (outcome == DIPTYCH_OUTCOME_KILLED || outcome == DIPTYCH_OUTCOME_INJURED)
        return outcome;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* Whether a figure from @start is the head of a partitive: "Of the 41
 * civilians", "that of the 23 killed".
 */
static gboolean
heads_clause (DetectContext *ctx,
              guint          first,
              guint          start)
{
  if (start > first && _diptych_detect_is (ctx, start - 1, "the"))
    start--;
  return start > first && _diptych_detect_is (ctx, start - 1, "of");
}

/* The figure that "the 41 civilians" names again: the last of that
 * number and group; or -1.
 */
static gint
repeated_figure (DetectContext *ctx,
                 gint64         value,
                 gint           group)
{
  if (value == DIPTYCH_NO_NUMBER)
    return -1;
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);

      if (!item->no_group && (gint)item->casualty.group == group && item->casualty.value == value)
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* last_total() of @outcome among the figures before figure @from. */
static gint
total_before (DetectContext *ctx,
              guint          from,
              gint           outcome,
              gint64         part)
{
  for (guint f = from; f > 0 && from - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);
      gint64 whole = MAX (item->casualty.value, item->casualty.high);

      if (item->parent >= 0 || item->more || (gint)item->casualty.outcome != outcome)
        continue;
      if (part == DIPTYCH_NO_NUMBER || whole == DIPTYCH_NO_NUMBER || whole > part)
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && from < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* The last figure whose group noun is @noun (a word id) and that is
 * larger than @part; or -1.
 */
static gint
figure_of_noun (DetectContext *ctx,
                guint32        noun,
                gint64         part)
{
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);

      if (item->head == noun + 1 &&
          (part == DIPTYCH_NO_NUMBER || MAX (item->casualty.value, item->casualty.high) > part))
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

static gint
last_in_sentence (DetectContext *ctx,
                  guint          sentence)
{
  if (ctx->figures->len == 0)
    return -1;
  if (g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).sentence != sentence)
    return -1;
  return ctx->figures->len - 1;
}

/* What the parser read of a quantity's words. It reads words, and a
 * run of ASCII tokens gives the same words wherever it is, so it is
 * asked once for each run: "two dozen", "at least". A whole number in
 * digits reads the same after the same words, as the number or unset:
 * "at least 37" is read once for all numbers.
 */
typedef struct
{
  guint32          keys[MAX_READ_TOKENS];
  guint            n_keys;
  guint            whole : 1;  /* after the keys, a whole number */
  guint            range : 1;  /* q->range, at these offsets: */
  guint            low_end;
  guint            high;
  DiptychQualifier qualifier;
  gint64           value;      /* of a whole number: 1 when it is the number, else 0 */
  gint64           low;
  gint64           high_value;
} Reading;

#define MAX_READINGS 256

/* The value of a quantity's number when it is a whole number in digits
 * alone, its only token with a digit: "37", "1,500". The parser keeps a
 * comma between digits in the number's word and reads it as nothing.
 */
static gboolean
whole_number (DetectContext  *ctx,
              const Quantity *q,
              gint64         *value)
{
  const DetectToken *token = detect_token (ctx, q->num);
  const char *text = ctx->contents + token->byte_start;
  guint32 length = token->byte_end - token->byte_start;

  if (q->range || q->end != q->num + 1 || length > 12)
    return FALSE;
  *value = 0;
  for (guint32 b = 0; b < length; b++)
    {
      if (g_ascii_isdigit (text[b]))
        *value = *value * 10 + (text[b] - '0');
      else if (text[b] != ',' || b == 0 || b + 1 == length || !g_ascii_isdigit (text[b - 1]) ||
               !g_ascii_isdigit (text[b + 1]))
        return FALSE;
    }
  return TRUE;
}

/* The figure a number without a noun after "the" names again: the last
 * one of that value ("the 47" of "47 victims"), or -1.
 */
static gint
repeat_of (DetectContext  *ctx,
           const Quantity *q,
           guint           first)
{
  gint64 value;

  if (q->start <= first || !_diptych_detect_is (ctx, q->start - 1, "the") || q->vague || q->range ||
      q->start != q->num)
    return -1;
  if (!whole_number (ctx, q, &value))
    {
      if (q->end != q->num + 1 || !detect_in (ctx, q->num, LEX_NUMBER))
        return -1;
      value = detect_value (ctx, q->num, LEX_NUMBER);
    }
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    if (g_array_index (ctx->figures, DetectItem, f - 1).casualty.value == value)
      return f - 1;
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* Whether token @k's text is its key's, ASCII without digits: the
 * parser then reads the same word wherever the key is.
 */
static gboolean
is_plain (DetectContext *ctx,
          guint          k)
{
  const DetectToken *token = detect_token (ctx, k);
  const char *text = ctx->contents + token->byte_start;
  const char *folded = detect_key (ctx, k)->folded;
  guint32 length = token->byte_end - token->byte_start;

  for (guint32 b = 0; b < length; b++)
    if (folded[b] == '\0' || text[b] != folded[b] || (guchar)folded[b] >= 0x80 ||
        g_ascii_isdigit (folded[b]))
      return FALSE;
  return folded[length] == '\0';
}

/* The run of tokens from @first to @last as a reading's key, if it can
 * be one: few plain tokens.
 */
static gboolean
reading_of (DetectContext  *ctx,
            const Quantity *q,
            guint           first,
            guint           last,
            Reading        *reading)
{
  memset (reading, 0, sizeof *reading);
  if (last - first > MAX_READ_TOKENS)
    return FALSE;
  for (guint k = first; k < last; k++)
    {
      if (!is_plain (ctx, k))
        return FALSE;
      reading->keys[reading->n_keys++] = detect_token (ctx, k)->key;
    }
  reading->range = q->range;
  reading->low_end = q->range ? q->low_end - first : 0;
  reading->high = q->range ? q->high - first : 0;
  return TRUE;
}

static gboolean
same_keys (const Reading *a,
           const Reading *b)
{
  if (a->n_keys != b->n_keys)
    return FALSE;
  for (guint k = 0; k < a->n_keys; k++)
    if (a->keys[k] != b->keys[k])
      return FALSE;
  return TRUE;
}

static const Reading *
find_reading (GArray        *readings,
              const Reading *want)
{
  for (guint r = 0; r < readings->len; r++)
    {
      const Reading *known = &g_array_index (readings, Reading, r);

      if (known->whole == want->whole && known->range == want->range &&
          known->low_end == want->low_end && known->high == want->high && same_keys (known, want))
        return known;
    }
  return NULL;
}

/* The value, bounds and qualifier, from the casualty parser. */
static void
read_structure (DetectContext  *ctx,
                GArray         *readings,
                const Quantity *q,
                DetectItem     *item)
{
  const DetectToken *first = detect_token (ctx, q->start);
  const DetectToken *last = detect_token (ctx, q->end - 1);
  const char *raw = g_string_chunk_insert_len (ctx->strings, ctx->contents + first->byte_start,
                                               last->byte_end - first->byte_start);
  g_autofree char *phrase = NULL;
  DiptychCasualty *c = &item->casualty;
  const Reading *known;
  Reading reading;
  gint64 value = 0;
  gboolean cached = FALSE;

  memset (c, 0, sizeof *c);
  c->outcome = DIPTYCH_OUTCOME_UNSTATED;
  c->group = DIPTYCH_GROUP_PEOPLE;

  /* A vague amount's numbers are its own: the parser's are not wanted. */
  if (q->vague)
    {
      c->qualifier = DIPTYCH_QUALIFIER_VAGUE;
      c->value = DIPTYCH_NO_NUMBER;
      c->low = q->vague_low;
      c->high = DIPTYCH_NO_NUMBER;
      c->raw = (char *)raw;
      return;
    }

  if (whole_number (ctx, q, &value) && reading_of (ctx, q, q->start, q->num, &reading))
    {
      reading.whole = TRUE;
      cached = TRUE;
    }
  else if (reading_of (ctx, q, q->start, q->end, &reading))
    cached = TRUE;

  if (cached && (known = find_reading (readings, &reading)) != NULL)
    {
      c->qualifier = known->qualifier;
      c->value = !known->whole ? known->value : known->value ? value : DIPTYCH_NO_NUMBER;
      c->low = !known->whole ? known->low : known->low ? value : DIPTYCH_NO_NUMBER;
      c->high = !known->whole ? known->high_value : known->high_value ? value : DIPTYCH_NO_NUMBER;
      c->raw = (char *)raw;
      return;
    }

  if (q->range && q->high > 0)
    {
      /* "10–15" and "two or three" as the parser reads a range */
      const DetectToken *low_end = detect_token (ctx, q->low_end - 1);
      const DetectToken *high = detect_token (ctx, q->high);
      const DetectToken *num = detect_token (ctx, q->num);
      g_autofree char *low_words = g_strndup (ctx->contents + num->byte_start,
                                              low_end->byte_end - num->byte_start);
      g_autofree char *high_words = g_strndup (ctx->contents + high->byte_start,
                                               last->byte_end - high->byte_start);

      phrase = g_strconcat (low_words, " to ", high_words, NULL);
    }

  diptych_casualty_read_amount (phrase != NULL ? phrase : raw, c);
  c->raw = (char *)raw;

  if (!cached || readings->len >= MAX_READINGS)
    return;
  reading.qualifier = c->qualifier;
  if (reading.whole)
    {
      g_autofree char *words = g_strndup (ctx->contents + first->byte_start,
                                          detect_token (ctx, q->num)->byte_start - first->byte_start);
      DiptychCasualty alone;

      /* The words are the same for every number only when they read as
       * no number themselves ("at least", not "twenty"). A vague word
       * among them ("as many as") is read only when there is no number.
       */
      if ((diptych_casualty_read_amount (words, &alone) &&
           alone.qualifier != DIPTYCH_QUALIFIER_VAGUE) ||
          (c->value != value && c->value != DIPTYCH_NO_NUMBER) ||
          (c->low != value && c->low != DIPTYCH_NO_NUMBER) ||
          (c->high != value && c->high != DIPTYCH_NO_NUMBER))
        return;
      reading.value = c->value == value;
      reading.low = c->low == value;
      reading.high_value = c->high == value;
    }
  else
    {
      reading.value = c->value;
      reading.low = c->low;
      reading.high_value = c->high;
    }
  g_array_append_val (readings, reading);
}

/* Whether the words from @i say that the people of a partitive got away
 * from what happened to them: "Eight of the abducted worshippers escaped",
 * "ten of the missing were later rescued".
 */
static gboolean
got_away (DetectContext *ctx,
          guint          i,
          guint          last)
{
  for (guint k = i; k < last && k < i + 5; k++)
    {
      if (_diptych_detect_is (ctx, k, "escaped") || _diptych_detect_is (ctx, k, "freed") ||
          _diptych_detect_is (ctx, k, "released") || _diptych_detect_is (ctx, k, "rescued"))
        return TRUE;
      if (!detect_in (ctx, k, LEX_GROUP) && !detect_in (ctx, k, LEX_AUXILIARY) &&
          !detect_in (ctx, k, LEX_SKIP))
        return FALSE;
    }
  return FALSE;
}

/* Whether the verb just before a figure at @start sets its people free:
 * "The soldiers later released five of the villagers", "rescued 12 of
 * the missing miners".
 */
static gboolean
set_free (DetectContext *ctx,
          guint          first,
          guint          start)
{
  guint k = start - 1;

  return start > first &&
         (_diptych_detect_is (ctx, k, "released") || _diptych_detect_is (ctx, k, "releasing") ||
          _diptych_detect_is (ctx, k, "freed") || _diptych_detect_is (ctx, k, "freeing") ||
          _diptych_detect_is (ctx, k, "rescued") || _diptych_detect_is (ctx, k, "rescuing"));
}

/* Whether the nearest number before the breakdown word at @word is a
 * count that is no casualty figure: "1,800 cholera cases, including 29
 * deaths" breaks down the cases, not an earlier toll.
 */
static gboolean
breaks_down_other (DetectContext *ctx,
                   guint          sentence,
                   guint          first,
                   guint          word)
{
  gint f = last_in_sentence (ctx, sentence);

  for (guint k = word; k > first; k--)
    {
      Quantity q;

      /* the nearest count: not "under the age of 12 and 51 were women" */
      if (!read_quantity (ctx, k - 1, first, word, &q) || is_not_people (ctx, &q, first, word))
        continue;
      if (f >= 0)
        {
          DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);

          if (item->first <= k - 1 && k - 1 < item->last)
            return FALSE;
        }
      return TRUE;
    }
  return FALSE;
}

/* Whether a breakdown word stands a few words before @i with no number
 * or punctuation between: "among them a paramedic and", "including a
 * captain and".
 */
static gboolean
breakdown_before (DetectContext *ctx,
                  guint          first,
                  guint          i)
{
  for (guint k = i; k > first && i - k < 5; k--)
    {
      guint n = _diptych_detect_match_before (ctx, k, first, LEX_BREAKDOWN, NULL);

      /* not the partitive of "19 of them from militias and 13 from …" */
      if (n > 0)
        return !(k - n > first && (is_digits (ctx, k - n - 1) || is_number_word (ctx, k - n - 1) ||
                                   detect_in (ctx, k - n - 1, LEX_VAGUE)));
      if (is_punct (ctx, k - 1) || is_digits (ctx, k - 1) || is_number_word (ctx, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* The "and" before the name that ends at @end, when the name is all
 * there is between them: "and the National Hospital", "and Kipese";
 * else @first.
 */
static guint
gapped_and (DetectContext *ctx,
            guint          first,
            guint          end)
{
  guint k = end;

  while (k > first && end - k < 5 && detect_key (ctx, k - 1)->upper && !is_punct (ctx, k - 1) &&
         !detect_key (ctx, k - 1)->quantity)
    k--;
  if (k == end)
    return first;
  if (k > first && _diptych_detect_is (ctx, k - 1, "the"))
    k--;
  return k > first && _diptych_detect_is (ctx, k - 1, "and") ? k - 1 : first;
}

/* Whether a comma stands between the last figure of @sentence and the
 * conjunction at @conj, other than just before it: in "among them 11
 * children, a local official and two residents said" the "and" joins
 * no figures.
 */
static gboolean
apart_from_last (DetectContext *ctx,
                 guint          sentence,
                 guint          conj)
{
  gint f = last_in_sentence (ctx, sentence);

  if (f < 0)
    return FALSE;
  for (guint k = g_array_index (ctx->figures, DetectItem, f).last; k + 1 < conj; k++)
    if (_diptych_detect_is (ctx, k, ","))
      return TRUE;
  return FALSE;
}

/* "our", "my", "their", "his", "her", "its": pronouns, which callers
 * test first, a bit of their key.
 */
static gboolean
is_possessive_determiner (DetectContext *ctx,
                          guint          i)
{
  return _diptych_detect_is (ctx, i, "our") || _diptych_detect_is (ctx, i, "my") ||
         _diptych_detect_is (ctx, i, "their") || _diptych_detect_is (ctx, i, "his") ||
         _diptych_detect_is (ctx, i, "her") || _diptych_detect_is (ctx, i, "its");
}

/* "were", "was", "are", "included", "include", "includes": what comes
 * before a figure that "Among the dead" or "Those killed" breaks down.
 */
static gboolean
is_copula_or_include (DetectContext *ctx,
                      guint          i)
{
  return _diptych_detect_is (ctx, i, "were") || _diptych_detect_is (ctx, i, "was") ||
         _diptych_detect_is (ctx, i, "are") || _diptych_detect_is (ctx, i, "included") ||
         _diptych_detect_is (ctx, i, "include") || _diptych_detect_is (ctx, i, "includes");
}

/* Whether a word shorter than eight bytes is in the part: its keys are
 * few, its tokens many.
 */
static gboolean
has_word (DetectContext *ctx,
          const char    *word)
{
  guint64 head = detect_word_head (word);

  for (guint k = 0; k < ctx->keys->len; k++)
    if (ctx->key_data[k].head == head)
      return TRUE;
  return FALSE;
}

/* Whether the sentence from @first to @last says "in <Place> alone". */
static gboolean
in_place_alone (DetectContext *ctx,
                guint          first,
                guint          last)
{
  /* once: the compiler does not work out the head of a word this long */
  const guint64 alone = detect_word_head ("alone");

  for (guint k = first + 2; k < last; k++)
    if (detect_key (ctx, k)->head == alone && detect_key (ctx, k - 1)->upper &&
        (_diptych_detect_is (ctx, k - 2, "in") ||
         (k > first + 2 && detect_key (ctx, k - 2)->upper && _diptych_detect_is (ctx, k - 3, "in"))))
      return TRUE;
  return FALSE;
}

/* A unit of state forces after their name: "a police escort", "an army
 * patrol".
 */
static gboolean
is_unit_of_forces (DetectContext *ctx,
                   guint          i)
{
  return _diptych_detect_is (ctx, i, "escort") || _diptych_detect_is (ctx, i, "patrol") ||
         _diptych_detect_is (ctx, i, "unit") || _diptych_detect_is (ctx, i, "convoy") ||
         _diptych_detect_is (ctx, i, "detachment") || _diptych_detect_is (ctx, i, "contingent");
}

/* The group of a generic noun ("members", "employees", "staff") from
 * the "of" phrase after it at @i, when that names state forces, with
 * the phrase's end in @end; else @group.
 */
static gint
member_of_forces (DetectContext *ctx,
                  guint          i,
                  guint          last,
                  gint           group,
                  guint         *end)
{
  const char *head;

  if (i == 0 || !_diptych_detect_is (ctx, i, "of"))
    return group;
  head = detect_lower (ctx, i - 1);
  if (strcmp (head, "members") != 0 && strcmp (head, "member") != 0 && strcmp (head, "employees") != 0 &&
      strcmp (head, "staff") != 0 && strcmp (head, "personnel") != 0)
    return group;
  for (guint k = i + 1; k < last && k < i + 5; k++)
    {
      const DetectEntry *entry = NULL;

      if (is_punct (ctx, k))
        break;
      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          guint e = k + entry->n_words;
          const char *next = e < last ? detect_lower (ctx, e) : "";

          /* not "staff of the army hospital": the forces end the phrase,
           * or a unit of theirs does: "members of a police escort"
           */
          if (entry->value != DIPTYCH_GROUP_SOLDIERS)
            return group;
          if (e < last && is_unit_of_forces (ctx, e))
            next = ++e < last ? detect_lower (ctx, e) : "";
          if (e >= last || is_punct (ctx, e) || detect_in (ctx, e, LEX_AUXILIARY) ||
              detect_in (ctx, e, LEX_FUNCTION) || detect_in (ctx, e, LEX_CLAUSE) || detect_in (ctx, e, LEX_OUTCOME) ||
              detect_in (ctx, e, LEX_RELATIVE) || g_str_has_suffix (next, "ed") ||
              g_str_has_suffix (next, "ing"))
            {
              *end = e;
              return DIPTYCH_GROUP_SOLDIERS;
            }
          return group;
        }
    }
  return group;
}

/* "nationals", "citizens": nouns of a nationality. */
static gboolean
is_citizenship (DetectContext *ctx,
                guint          i)
{
  return _diptych_detect_is (ctx, i, "nationals") || _diptych_detect_is (ctx, i, "national") ||
         _diptych_detect_is (ctx, i, "citizens") || _diptych_detect_is (ctx, i, "citizen") ||
         _diptych_detect_is (ctx, i, "compatriots");
}

/* The group a figure's predicate names from @i, with its end in @end:
 * "were children", "were port workers", "had been Taliban border
 * guards", "were members of a police escort"; else -1.
 */
static gint
predicate_group (DetectContext *ctx,
                 guint          i,
                 guint          last,
                 guint         *end)
{
  const DetectEntry *entry = NULL;
  guint k = i + 1;

  if (_diptych_detect_is (ctx, i, "had") && _diptych_detect_is (ctx, k, "been"))
    k++;
  else if (!(_diptych_detect_is (ctx, i, "were") || _diptych_detect_is (ctx, i, "was") ||
             _diptych_detect_is (ctx, i, "are")))
    return -1;
  if (_diptych_detect_is (ctx, k, "a") || _diptych_detect_is (ctx, k, "an"))
    k++;
  /* past a word or two that describe them: "port", "Taliban" */
  for (guint stop = MIN (last, k + 3); k < stop; k++)
    {
      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          /* "were Somali nationals" tells where they are from, not who
           * they are: the group is the whole's
           */
          if (is_citizenship (ctx, k))
            return -1;
          *end = k + entry->n_words;
          return member_of_forces (ctx, *end, last, entry->value, end);
        }
      if (is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || detect_in (ctx, k, LEX_OUTCOME) ||
          detect_in (ctx, k, LEX_AUXILIARY) || detect_key (ctx, k)->quantity)
        break;
    }
  return -1;
}

/* The outcome of a verb whose object comes before the "and" at @and:
 * "arrested the ferry's master and two crew members", "killed a
 * policeman and three civilians".
 */
static gint
object_of_outcome (DetectContext *ctx,
                   guint          first,
                   guint          and,
                   guint          last)
{
  for (guint k = and; k > first && and - k < 6; k--)
    {
      guint t = k - 1, n;
      gint outcome;
      Quantity q;

      if (is_apostrophe (ctx, t))
        continue;
      if (is_punct (ctx, t) || read_quantity (ctx, t, first, and, &q))
        return -1;
      outcome = match_outcome (ctx, t, &n);
      if (outcome >= 0)
        return t + n < and && is_object_start (ctx, t + n, last) && !detect_in (ctx, t, LEX_GROUP) ? outcome : -1;
    }
  return -1;
}

static gboolean
has_other (DetectContext *ctx,
           guint          from,
           guint          to)
{
  for (guint k = from; k < to; k++)
    if (_diptych_detect_is (ctx, k, "other"))
      return TRUE;
  return FALSE;
}

/* The outcome of people who went through it with those the figure
 * before @before names: "fleeing with hundreds of other residents",
 * "was killed along with his three sons", "was arrested on Sunday
 * together with 12 others"; @other when the figure says "other"; or -1.
 */
static gint
shared_fate (DetectContext *ctx,
             guint          first,
             guint          before,
             gboolean       other)
{
  gboolean along;
  guint k;

  if (before <= first + 1 || !_diptych_detect_is (ctx, before - 1, "with"))
    return -1;
  k = before - 1;
  along = _diptych_detect_is (ctx, k - 1, "along") || _diptych_detect_is (ctx, k - 1, "together");
  if (along)
    k--;
  else if (!other)
    return -1;  /* "fled with 200 fighters": not said to be alike */
  /* "killed on Sunday along with": a few words between */
  for (guint end = k; end > first && k - end < (along ? 4 : 1); end--)
    {
      const DetectEntry *entry = NULL;

      if (is_punct (ctx, end - 1))
        break;
      if (_diptych_detect_match_before (ctx, end, first, LEX_OUTCOME, &entry) > 0 &&
          !detect_in (ctx, end - 1, LEX_GROUP))
        return entry->value;
    }
  return -1;
}

/* The start of "a family of", "an entire family of", "his family of"
 * that ends at @before; or G_MAXUINT.
 */
static guint
family_of (DetectContext *ctx,
           guint          first,
           guint          before)
{
  guint k;

  if (before < first + 3 || !_diptych_detect_is (ctx, before - 1, "of") ||
      !_diptych_detect_is (ctx, before - 2, "family"))
    return G_MAXUINT;
  k = before - 3;
  if (k > first && (_diptych_detect_is (ctx, k, "entire") || _diptych_detect_is (ctx, k, "whole")))
    k--;
  if (_diptych_detect_is (ctx, k, "a") || _diptych_detect_is (ctx, k, "an") ||
      _diptych_detect_is (ctx, k, "the") || is_possessive_determiner (ctx, k))
    return k;
  return G_MAXUINT;
}

/* Whether the outcome noun at @i is one asked for, not one done:
 * "demanded the arrest of", "warrants for the arrest of 12 officers";
 * not "sentenced for the massacre of 176".
 */
static gboolean
called_for (DetectContext *ctx,
            guint          first,
            guint          i)
{
  if (i < first + 2 || !_diptych_detect_is (ctx, i - 1, "the"))
    return FALSE;
  if (_diptych_detect_is (ctx, i - 2, "demanded") || _diptych_detect_is (ctx, i - 2, "demanding") ||
      _diptych_detect_is (ctx, i - 2, "demand") || _diptych_detect_is (ctx, i - 2, "demands") ||
      _diptych_detect_is (ctx, i - 2, "sought"))
    return TRUE;
  return i >= first + 3 && _diptych_detect_is (ctx, i - 2, "for") &&
         (_diptych_detect_is (ctx, i - 3, "warrant") || _diptych_detect_is (ctx, i - 3, "warrants") ||
          _diptych_detect_is (ctx, i - 3, "call") || _diptych_detect_is (ctx, i - 3, "calls") ||
          _diptych_detect_is (ctx, i - 3, "called") || _diptych_detect_is (ctx, i - 3, "calling"));
}

/* The outcome of a verb whose object is a figure between the verb at
 * @verb and its other words at @i: "forced 30,000 villagers to flee",
 * "drove 500 families to leave their homes", "sent thousands fleeing",
 * "sent 11 terrorists to hell"; with the words' end in @end; or -1.
 */
static gint
split_outcome (DetectContext *ctx,
               guint          verb,
               guint          i,
               guint          last,
               guint         *end)
{
  gboolean send = _diptych_detect_is (ctx, verb, "sent") || _diptych_detect_is (ctx, verb, "sending") ||
                  _diptych_detect_is (ctx, verb, "send") || _diptych_detect_is (ctx, verb, "sends");

  if (i >= last)
    return -1;
  if (send && _diptych_detect_is (ctx, i, "fleeing"))
    {
      *end = i + 1;
      return DIPTYCH_OUTCOME_DISPLACED;
    }
  if ((send || _diptych_detect_is (ctx, verb, "dispatched")) && i + 1 < last &&
      _diptych_detect_is (ctx, i, "to") && _diptych_detect_is (ctx, i + 1, "hell"))
    {
      *end = i + 2;
      return DIPTYCH_OUTCOME_KILLED;
    }
  if (!(_diptych_detect_is (ctx, verb, "forced") || _diptych_detect_is (ctx, verb, "forcing") ||
        _diptych_detect_is (ctx, verb, "force") || _diptych_detect_is (ctx, verb, "forces") ||
        _diptych_detect_is (ctx, verb, "compelled") || _diptych_detect_is (ctx, verb, "compelling") ||
        _diptych_detect_is (ctx, verb, "drove") || _diptych_detect_is (ctx, verb, "driving") ||
        _diptych_detect_is (ctx, verb, "prompted") || _diptych_detect_is (ctx, verb, "prompting") ||
        _diptych_detect_is (ctx, verb, "caused") || _diptych_detect_is (ctx, verb, "causing")) ||
      i + 1 >= last || !_diptych_detect_is (ctx, i, "to"))
    return -1;
  if (!(_diptych_detect_is (ctx, i + 1, "flee") || _diptych_detect_is (ctx, i + 1, "leave") ||
        _diptych_detect_is (ctx, i + 1, "abandon") || _diptych_detect_is (ctx, i + 1, "evacuate") ||
        _diptych_detect_is (ctx, i + 1, "relocate")))
    return -1;
  *end = i + 2;
  /* "to leave their homes" */
  if (*end + 1 < last && _diptych_detect_is (ctx, *end, "their") && is_home (ctx, *end + 1))
    *end += 2;
  return DIPTYCH_OUTCOME_DISPLACED;
}

/* The group noun at @h or after a word or two that describe it: "three
 * suspected militants", "four government soldiers"; else @last.
 */
static guint
described_noun (DetectContext *ctx,
                guint          h,
                guint          last)
{
  for (guint k = h; k < last && k < h + 3; k++)
    {
      if (_diptych_detect_match (ctx, k, LEX_GROUP, NULL) > 0)
        return k;
      if (is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || detect_in (ctx, k, LEX_OUTCOME) ||
          detect_in (ctx, k, LEX_REPORTING) || detect_key (ctx, k)->quantity)
        break;
    }
  return last;
}

/* Whether a verb that says no outcome follows the noun of a figure
 * at @i, past auxiliaries and adverbs: "5 soldiers escaped", "4,000
 * boys have been recruited", "30 troops were later deployed".
 */
static gboolean
has_own_verb (DetectContext *ctx,
              guint          i,
              guint          last)
{
  guint k = i;

  while (k < last && k < i + 4 &&
         (detect_in (ctx, k, LEX_AUXILIARY) || detect_in (ctx, k, LEX_SKIP) ||
          g_str_has_suffix (detect_lower (ctx, k), "ly")))
    k++;
  return k < last && !detect_key (ctx, k)->upper && g_str_has_suffix (detect_lower (ctx, k), "ed") &&
         !detect_in (ctx, k, LEX_OUTCOME) && !detect_in (ctx, k, LEX_GROUP);
}

static void
detect_in_sentence (DetectContext *ctx,
                    GArray        *readings,
                    guint          sentence,
                    gboolean       alone)
{
  const DetectSentence *s = &g_array_index (ctx->sentences, DetectSentence, sentence);
  guint first = s->first, last = s->last;
  guint i = first;
  guint figures_before = ctx->figures->len;

  /* The figures are the article's: their sentences are numbered so. */
  sentence += ctx->sentence_base;

  while (i < last)
    {
      Quantity q, whole;
      guint h, head_end, span_first, span_last, n, toll_start = 0, among_next = G_MAXUINT, got_from = 0;
      guint verb_end, verb_among_next;
      gboolean verb_among;
      gint group = -1, outcome = -1, head_outcome = -1;
      gboolean more = FALSE, among = FALSE, toll = FALSE, others, unknown = FALSE, remaining = FALSE;
      gboolean partitive = FALSE, colon = FALSE, severe = FALSE, attributive = FALSE;
      guint32 noun;
      guint conj, family;
      Link link = LINK_NONE;
      gint link_outcome = -1, head = -1, whole_of;
      DetectItem found, *item = &found;
      guint before;
      gint f;
      gint64 part;

      /* Most tokens start no quantity: pass over them at the cost of a
       * test each.
       */
      while (i < last && !detect_key (ctx, i)->quantity)
        i++;
      if (i == last)
        break;
      if (!read_quantity (ctx, i, first, last, &q))
        {
          i++;
          continue;
        }
      i = q.end;

      if (is_not_people (ctx, &q, first, last))
        continue;

      /* The noun: "people", "wounded patients", "dozens of terrorists",
       * "RSF fighters"; or none: "14 in Kipese", "over 160 had been injured"
       */
      h = q.end;
      if (h < last && _diptych_detect_is (ctx, h, "more"))
        {
          more = TRUE;
          h++;
        }
      while (h < last && (_diptych_detect_is_quote (ctx, h)))
        h++;
      /* "three other protesters", "200 other camp residents": the noun
       * is after
       */
      if (_diptych_detect_is (ctx, h, "other") && h + 1 < last &&
          (detect_in (ctx, h + 1, LEX_GROUP) ||
           (h + 2 < last && !is_punct (ctx, h + 1) && !detect_in (ctx, h + 1, LEX_FUNCTION) &&
            _diptych_detect_match (ctx, h + 2, LEX_GROUP, NULL) > 0)))
        h++;
      /* "112 seriously injured people", "three critically wounded":
       * the outcome word after how bad it was
       */
      else if (h + 1 < last && is_severity (ctx, h) &&
               match_outcome (ctx, h + 1, &n) == DIPTYCH_OUTCOME_INJURED)
        {
          h++;
          severe = TRUE;
        }
      /* "61,250 newly displaced people", "300 internally displaced" */
      else if (h + 1 < last && g_str_has_suffix (detect_lower (ctx, h), "ly") && !detect_key (ctx, h)->upper &&
               !detect_in (ctx, h + 1, LEX_GROUP) && match_outcome (ctx, h + 1, &n) >= 0)
        h++;

      if (_diptych_detect_is (ctx, h, "of") && h + 1 < last)
        {
          const DetectEntry *entry = NULL;
          guint d = h + 1, g;

          if (_diptych_detect_is (ctx, d, "them") || _diptych_detect_is (ctx, d, "those") ||
              _diptych_detect_is (ctx, d, "whom"))
            {
              link = LINK_PREVIOUS;
              h = d + 1;
              if (_diptych_detect_is (ctx, d, "those") && (link_outcome = match_outcome (ctx, h, &n)) >= 0)
                {
                  link = LINK_OUTCOME;
                  h += n;
                }
              /* "13 of them children", "nine of them crew members" */
              else if ((n = _diptych_detect_match (ctx, h, LEX_GROUP, &entry)) > 0 && !detect_in (ctx, h, LEX_OUTCOME))
                {
                  group = entry->value;
                  h += n;
                }
            }
          else if (_diptych_detect_is (ctx, d, "the") &&
                   (link_outcome = match_outcome (ctx, d + 1, &n)) >= 0 && !detect_in (ctx, d + 1, LEX_GROUP))
            {
              link = LINK_OUTCOME;  /* "14 of the wounded" */
              h = d + 1 + n;
              /* "two of the wounded children": theirs is the noun's group */
              if ((n = _diptych_detect_match (ctx, h, LEX_GROUP, &entry)) > 0 &&
                  !detect_in (ctx, h, LEX_OUTCOME))
                {
                  group = entry->value;
                  h += n;
                }
            }
          else if (_diptych_detect_is (ctx, d, "the") &&
                   (_diptych_detect_is (ctx, d + 1, "victims") || _diptych_detect_is (ctx, d + 1, "casualties")))
            {
              link = LINK_PREVIOUS;
              h = d + 2;
            }
          else if ((g = partitive_group (ctx, d, last)) < last)
            {
              h = g;  /* "seven of the gunmen": the noun is theirs */
              partitive = TRUE;
            }
          /* "9 of the 61 wounded": a part of the figure named next */
          else if (_diptych_detect_is (ctx, d, "the") && read_quantity (ctx, d + 1, d + 1, last, &whole) &&
                   (link_outcome = match_outcome (ctx, whole.end, &n)) >= 0)
            {
              link = LINK_AMONG_NEXT;
              among_next = whole.num;
              got_from = whole.end + n;
            }
          else if (q.vague || detect_in (ctx, q.end - 1, LEX_SCALE))
            {
              /* "dozens of terrorists", "tens of thousands of its residents" */
              h = d;
              while (h < last && (_diptych_detect_is (ctx, h, "the") || _diptych_detect_is (ctx, h, "its") ||
                                  _diptych_detect_is (ctx, h, "their") || _diptych_detect_is (ctx, h, "his") ||
                                  _diptych_detect_is (ctx, h, "her") || _diptych_detect_is_quote (ctx, h)))
                h++;
              /* "scores of other men" */
              if (_diptych_detect_is (ctx, h, "other") && h + 1 < last && detect_in (ctx, h + 1, LEX_GROUP))
                h++;
            }
        }

      /* The noun is in the sentence: a line break ends it, and the next
       * line's "dead" is not this number's.
       */
      head_end = h;
      others = h < last && _diptych_detect_is (ctx, h, "others");
      if (others)
        head_end = h + 1;
      if (link == LINK_NONE && !others && h >= last)
        {
          /* no noun */
        }
      else if (link == LINK_NONE && !others)
        {
          if ((n = _diptych_detect_match (ctx, h, LEX_GROUP, NULL)) > 0)
            {
              const DetectEntry *entry = NULL;

              _diptych_detect_match (ctx, h, LEX_GROUP, &entry);
              group = entry->value;
              head_outcome = match_outcome (ctx, h, &n);
              head_end = h + entry->n_words;
            }
          else if ((head_outcome = match_outcome (ctx, h, &n)) >= 0)
            {
              const DetectEntry *entry = NULL;
              Quantity object;

              head_end = h + n;
              if (_diptych_detect_match (ctx, head_end, LEX_GROUP, &entry) > 0)
                {
                  group = entry->value;
                  head_end += entry->n_words;
                  attributive = TRUE;
                }
              /* "20,000 lives", "29 deaths": nouns that count people; so
               * does the outcome word of "dozens of wounded"
               */
              else if ((n == 1 && (_diptych_detect_is (ctx, h, "lives") ||
                                   _diptych_detect_is (ctx, h, "deaths") ||
                                   _diptych_detect_is (ctx, h, "fatalities"))) ||
                       (h == q.end + 1 && _diptych_detect_is (ctx, q.end, "of")))
                group = DIPTYCH_GROUP_PEOPLE;
              /* "Dozens killed two soldiers", "Thousands mourned the
               * victims": they did it; not "12 killed 30 wounded", "Three
               * killed a day after the truce"
               */
              else if (head_outcome != DIPTYCH_OUTCOME_DISPLACED && head_outcome != DIPTYCH_OUTCOME_MISSING &&
                       g_str_has_suffix (detect_lower (ctx, head_end - 1), "ed") && head_end < last &&
                       is_object_start (ctx, head_end, last) && !names_a_time (ctx, head_end, last) &&
                       !(read_quantity (ctx, head_end, head_end, last, &object) &&
                         match_outcome (ctx, object.end, &n) >= 0))
                continue;
            }
          else if (h >= last || is_punct (ctx, h) || detect_in (ctx, h, LEX_FUNCTION) ||
                   _diptych_detect_match (ctx, h, LEX_FUNCTION, NULL) > 0 ||
                   _diptych_detect_is (ctx, h, "the") || _diptych_detect_is (ctx, h, "a") ||
                   _diptych_detect_is (ctx, h, "an"))
            {
              /* no noun */
            }
          else if (is_demonym (ctx, h))
            demonym_noun (ctx, h, last, &group, &head_end, &unknown);
          else
            {
              /* An adjective or two before the noun: "young men", "FMA-supported
               * health workers"; else a count of things.
               */
              const DetectEntry *entry = NULL;
              guint k;

              for (k = h + 1; k < MIN (last, h + 3); k++)
                {
                  if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0 || is_punct (ctx, k))
                    break;
                }
              if (entry != NULL)
                {
                  group = entry->value;
                  head_end = k + entry->n_words;
                }
              else if (is_plural_noun (ctx, h) && !detect_key (ctx, h)->upper)
                {
                  /* "seven farmers": people if the clause says what
                   * happened to them, else things
                   */
                  group = DIPTYCH_GROUP_OTHER;
                  head_end = h + 1;
                  unknown = TRUE;
                }
              else if (h + 1 < last && is_plural_noun (ctx, h + 1) && !detect_key (ctx, h + 1)->upper &&
                       !detect_in (ctx, h + 1, LEX_OUTCOME) && !detect_in (ctx, h + 1, LEX_REPORTING))
                {
                  /* "seven young farmers", "three Turkish engineers": likewise */
                  group = DIPTYCH_GROUP_OTHER;
                  head_end = h + 2;
                  unknown = TRUE;
                }
              else if (!detect_key (ctx, h)->upper && g_str_has_suffix (detect_lower (ctx, h), "ed") &&
                       outcome_after (ctx, h, last, &verb_end, &verb_among, &verb_among_next) >= 0)
                {
                  /* "five more sustained wounds": a verb, and no noun */
                }
              else if (detect_key (ctx, h)->upper && !detect_key (ctx, h)->all_upper && h + 1 < last &&
                       !detect_key (ctx, h + 1)->upper)
                {
                  /* "29,000 Ixil fled", "300 Rohingya": a people's name,
                   * if the clause says what happened to them
                   */
                  group = DIPTYCH_GROUP_PEOPLE;
                  head_end = h + 1;
                  unknown = TRUE;
                }
              /* a toll needs no noun: "put the toll at 34 late on Friday";
               * nor does a figure named again: "among the 47 named by …"
               */
              else if (toll_before (ctx, q.start, first, &toll_start) < 0 && repeat_of (ctx, &q, first) < 0)
                continue;
            }
        }

      /* "members of the security forces", "employees of the internal
       * affairs bodies": the forces they belong to
       */
      if (group == DIPTYCH_GROUP_PEOPLE || group == DIPTYCH_GROUP_OTHER ||
          _diptych_detect_is (ctx, head_end - 1, "personnel"))
        group = member_of_forces (ctx, head_end, last, group, &head_end);

      /* "18 were children", "Two of the dead were police officers" */
      if (group < 0 && head_end + 1 < last)
        group = predicate_group (ctx, head_end, last, &head_end);

      span_first = q.start;
      span_last = head_end;

      /* The outcome, nearest first. */
      outcome = head_outcome;
      /* "two wounded soldiers had died", "47 displaced persons were
       * killed": the verb says they died since; not "30 wounded soldiers
       * were evacuated", which says no more than the noun
       */
      if (attributive && link == LINK_NONE && outcome != DIPTYCH_OUTCOME_KILLED)
        {
          guint end = 0, unused_next;
          gboolean later_among;

          if (outcome_after (ctx, head_end, last, &end, &later_among, &unused_next) == DIPTYCH_OUTCOME_KILLED &&
              !later_among)
            {
              outcome = DIPTYCH_OUTCOME_KILLED;
              span_last = end;
            }
        }
      if (outcome < 0 && (link == LINK_OUTCOME || link == LINK_AMONG_NEXT))
        outcome = link_outcome;

      before = q.start;
      while (before > first && _diptych_detect_is_quote (ctx, before - 1))
        before--;
      /* "arrested another 12", "killing a further 20", "an additional 30" */
      if (before > first && _diptych_detect_is (ctx, before - 1, "another"))
        before--;
      /* "killed his three sons", "a policeman and his 3 children" */
      else if (before > first && detect_in (ctx, before - 1, LEX_PRONOUN) && is_possessive_determiner (ctx, before - 1) &&
               !_diptych_detect_is (ctx, before - 1, "its"))
        before--;
      /* "buried my brother's two daughters", "the family's three sons":
       * kin of someone named before them
       */
      else if (before > first && detect_key (ctx, before - 1)->possessive && group >= 0 && !unknown)
        {
          before--;
          if (before > first && (is_possessive_determiner (ctx, before - 1) || _diptych_detect_is (ctx, before - 1, "the") ||
                                 _diptych_detect_is (ctx, before - 1, "a")))
            before--;
        }
      else if (before > first + 1 && (_diptych_detect_is (ctx, before - 1, "further") ||
                                      _diptych_detect_is (ctx, before - 1, "additional")) &&
               (_diptych_detect_is (ctx, before - 2, "a") ||
                _diptych_detect_is (ctx, before - 2, "an")))
        before -= 2;
      /* "searching for the remaining 29", "the remaining 32 dead were
       * gunmen": the rest of a whole
       */
      else if (before > first + 1 && _diptych_detect_is (ctx, before - 1, "remaining") &&
               _diptych_detect_is (ctx, before - 2, "the"))
        {
          before -= 2;
          remaining = TRUE;
        }
      /* "among them a family of five", "killing an entire family of
       * six": the family's people
       */
      else if ((family = family_of (ctx, first, before)) != G_MAXUINT)
        {
          before = family;
          span_first = before;
          if (group < 0)
            group = DIPTYCH_GROUP_PEOPLE;
          /* "a family of 12 lives in the house": the family's verb */
          if (_diptych_detect_is (ctx, q.end, "lives"))
            continue;
        }
      /* "killing the two men inside", "arrested the three suspects": a
       * verb's object
       */
      else if (outcome < 0 && group >= 0 && before > first + 1 &&
               _diptych_detect_is (ctx, before - 1, "the") &&
               _diptych_detect_match_before (ctx, before - 1, first, LEX_OUTCOME, NULL) > 0 &&
               (g_str_has_suffix (detect_lower (ctx, before - 2), "ed") ||
                g_str_has_suffix (detect_lower (ctx, before - 2), "ing")))
        before--;
      if ((outcome < 0 || (attributive && outcome != DIPTYCH_OUTCOME_KILLED)) && before > first)
        {
          const DetectEntry *entry = NULL;

          /* "killed 12 displaced people": a verb saying they died wins
           * over the noun's adjective
           */
          if ((n = _diptych_detect_match_before (ctx, before, first, LEX_OUTCOME, &entry)) > 0 &&
              (outcome < 0 || entry->value == DIPTYCH_OUTCOME_KILLED) &&
              !_diptych_detect_is (ctx, before - n, "their") && !called_for (ctx, first, before - n))
            {
              outcome = entry->value;
              span_first = before - n;
            }
          else if (outcome < 0 && _diptych_detect_is (ctx, before - 1, "of") && before - 1 > first &&
                   (n = _diptych_detect_match_before (ctx, before - 1, first, LEX_OUTCOME, &entry)) > 0 &&
                   !called_for (ctx, first, before - 1 - n))
            {
              /* "the bodies of 11 people", "the deaths of at least 41" */
              outcome = entry->value;
              span_first = before - 1 - n;
              if (span_first > first && _diptych_detect_is (ctx, span_first - 1, "the"))
                span_first--;
            }
          else if (outcome < 0 && (group >= 0 || others) && !unknown &&
                   (outcome = shared_fate (ctx, first, before,
                                           others || has_other (ctx, q.end, head_end))) >= 0)
            span_first = before;
          /* "its fighters were holding 27 dissident fighters", "are still
           * holding 12 hostages"; not "the boat holding 300 migrants", "the
           * stadium was holding 50,000 fans"
           */
          else if (outcome < 0 &&
                   (group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS ||
                    _diptych_detect_is (ctx, head_end - 1, "hostages") ||
                    _diptych_detect_is (ctx, head_end - 1, "captives")) &&
                   !unknown && before > first + 1 && _diptych_detect_is (ctx, before - 1, "holding") &&
                   (is_verb_of_be (ctx, before - 2) ||
                    (before > first + 2 && _diptych_detect_is (ctx, before - 2, "still") &&
                     is_verb_of_be (ctx, before - 3))))
            {
              outcome = DIPTYCH_OUTCOME_DETAINED;
              span_first = before - 1;
            }
          else if (outcome < 0 && (group >= 0 || others) && (outcome = split_outcome (ctx, before - 1, head_end, last, &n)) >= 0)
            {
              span_first = before - 1;
              span_last = n;
            }
        }

      /* "Among the dead were 29 children", "Among those hurt were three
       * paramedics", "Those killed included three aid workers": the
       * figure breaks down the last of that outcome
       */
      if (outcome < 0 && link == LINK_NONE && before > first + 1 &&
          (detect_in (ctx, before - 1, LEX_AUXILIARY) || detect_in (ctx, before - 1, LEX_BREAKDOWN)) &&
          is_copula_or_include (ctx, before - 1))
        {
          const DetectEntry *entry = NULL;
          gboolean among_those = FALSE, those = FALSE;
          guint det = G_MAXUINT;  /* the determiner: "the", "those" */

          /* "Among those held": an entry of its own, "those" and all */
          if ((n = _diptych_detect_match_before (ctx, before - 1, first, LEX_OUTCOME, &entry)) > 0 &&
              strcmp (entry->words[0], "those") == 0)
            det = before - 1 - n;
          else if (n > 0 && before - 1 - n > first &&
                   (_diptych_detect_is (ctx, before - 2 - n, "the") || _diptych_detect_is (ctx, before - 2 - n, "those")))
            det = before - 2 - n;
          if (det != G_MAXUINT)
            {
              among_those = det > first && _diptych_detect_is (ctx, det - 1, "among");
              /* the sentence's subject: not "… killed 12 of the wounded were …" */
              those = !among_those && !_diptych_detect_is (ctx, before - 1, "was") &&
                      (det == first || is_punct (ctx, det - 1) ||
                       /* "said (that) the dead included" */
                       detect_in (ctx, det - 1, LEX_CLAUSE) ||
                       detect_in (ctx, det - 1, LEX_REPORTING));
            }
          if (among_those || those)
            {
              outcome = link_outcome = entry->value;
              link = LINK_AMONG_THOSE;
              span_first = among_those ? det - 1 : det;
            }
        }

      if (outcome < 0 && link == LINK_NONE)
        {
          guint end = 0;

          outcome = outcome_after (ctx, head_end, last, &end, &among, &among_next);
          if (outcome >= 0)
            {
              span_last = end;
              if (among)
                {
                  link = among_next != G_MAXUINT ? LINK_AMONG_NEXT : LINK_AMONG_THOSE;
                  link_outcome = outcome;
                  if (link == LINK_AMONG_NEXT)
                    span_last = head_end;
                }
            }
        }
      else if (outcome < 0)
        {
          guint end = 0;
          gboolean unused;

          outcome = outcome_after (ctx, head_end, last, &end, &unused, &among_next);
          if (outcome >= 0)
            span_last = end;
        }

      /* "14 civilians and five members of the security forces were among
       * the dead": the verb after two people's nouns is the first's too
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && !unknown && head_end + 2 < last &&
          _diptych_detect_is (ctx, head_end, "and"))
        {
          const DetectEntry *entry = NULL;
          guint end = 0, h2;
          Quantity q2;

          if (read_quantity (ctx, head_end + 1, head_end + 1, last, &q2) &&
              (h2 = described_noun (ctx, q2.end + _diptych_detect_is (ctx, q2.end, "other"), last)) < last &&
              _diptych_detect_match (ctx, h2, LEX_GROUP, &entry) > 0 &&
              (outcome = outcome_after (ctx, h2 + entry->n_words, last, &end, &among, &among_next)) >= 0 &&
              among)
            {
              link = among_next != G_MAXUINT ? LINK_AMONG_NEXT : LINK_AMONG_THOSE;
              link_outcome = outcome;
            }
        }

      if (link == LINK_OUTCOME && head_outcome < 0)
        {
          /* "Two of the wounded later succumbed": they died since; other
           * words ("waiting to be evacuated") leave them what they were
           */
          guint end = 0, unused_next;
          gboolean unused;
          gint later = outcome_after (ctx, head_end, last, &end, &unused, &unused_next);

          if (later == DIPTYCH_OUTCOME_KILLED && later != outcome)
            {
              outcome = later;
              span_last = end;
            }
        }

      if (unknown && outcome < 0)
        continue;
      /* "captured 12 vehicles", "lost 12 armoured vehicles": verbs of
       * things too, and a noun the lists do not know may be a thing
       */
      if (unknown && (verb_of_things (ctx, span_first, q.start) || verb_of_things (ctx, head_end, span_last)))
        continue;
      if (outcome < 0 && (outcome = toll_before (ctx, q.start, first, &toll_start)) >= 0)
        {
          span_first = toll_start;
          toll = TRUE;
          /* "the agency's count stood at 61,000 refugees": a toll of
           * refugees, whose words name no outcome, counts the displaced
           */
          if (head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "refugees"))
            {
              guint k;

              for (k = toll_start; k < q.start && match_outcome (ctx, k, &n) < 0; k++)
                ;
              if (k == q.start)
                outcome = DIPTYCH_OUTCOME_DISPLACED;
            }
          /* "the toll among civilians at 17", "the number of children
           * killed to 12": the group the toll counts
           */
          for (guint k = toll_start; group < 0 && k < q.start; k++)
            {
              const DetectEntry *entry = NULL;

              if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0 && !detect_in (ctx, k, LEX_OUTCOME))
                group = entry->value;
            }
        }

      /* "Of the 41 civilians, nine were women", "that of the 23 killed,
       * 15 died": the figure that heads the clause
       */
      if (link == LINK_NONE && before > first + 1 && _diptych_detect_is (ctx, before - 1, ",") &&
          (f = last_in_sentence (ctx, sentence)) >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).last == before - 1 &&
          heads_clause (ctx, first, g_array_index (ctx->figures, DetectItem, f).first))
        {
          link = LINK_HEAD;
          head = f;
          if (outcome < 0)
            outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
        }
      /* A breakdown or a figure joined to the one before */
      if (link == LINK_NONE && before > first)
        {
          guint bn = _diptych_detect_match_before (ctx, before, first, LEX_BREAKDOWN, NULL);

          if (bn > 0 && !breaks_down_other (ctx, sentence, first, before - bn))
            link = LINK_BREAKDOWN;
          /* "Eleven villagers were killed in Nguida alone: nine were killed
           * outright and two died later": the figures after a colon break
           * down the one before it in the sentence
           */
          else if (_diptych_detect_is (ctx, before - 1, ":") && last_in_sentence (ctx, sentence) >= 0 &&
                   !breaks_down_other (ctx, sentence, first, before - 1))
            {
              link = LINK_BREAKDOWN;
              colon = TRUE;
            }
          else if (remaining)
            link = LINK_PREVIOUS;
          /* "received 27 bodies since Thursday and the National Hospital
           * 19": a figure whose verb and noun are those of the one before
           */
          else if (group < 0 && (q.end >= last || is_punct (ctx, q.end)) &&
                   (conj = gapped_and (ctx, first, before)) > first &&
                   last_in_sentence (ctx, sentence) >= 0 &&
                   !breaks_down_other (ctx, sentence, first, conj) && !apart_from_last (ctx, sentence, conj))
            link = LINK_COORDINATE;
          /* "among them a paramedic and two police officers" */
          else if (_diptych_detect_is (ctx, before - 1, "and") && breakdown_before (ctx, first, before - 1) &&
                   !breaks_down_other (ctx, sentence, first, before - 1))
            link = LINK_BREAKDOWN;
          /* "and two or three others" joins the number before it: not a
           * figure when that one is a count of something else
           */
          else if ((_diptych_detect_is (ctx, before - 1, "and") || _diptych_detect_is (ctx, before - 1, "or") ||
                    _diptych_detect_is (ctx, before - 1, ",") ||
                    /* "41 were troops, while 27 were jihadists" */
                    (before > first + 1 && _diptych_detect_is (ctx, before - 2, ",") &&
                     (_diptych_detect_is (ctx, before - 1, "while") || _diptych_detect_is (ctx, before - 1, "whereas")))) &&
                   last_in_sentence (ctx, sentence) >= 0 &&
                   !breaks_down_other (ctx, sentence, first, before - 1) &&
                   !apart_from_last (ctx, sentence, before - 1))
            link = LINK_COORDINATE;
          /* "five former fighters who had laid down their arms, as well as
           * several children"
           */
          else if (before > first + 3 && _diptych_detect_is (ctx, before - 3, "as") &&
                   _diptych_detect_is (ctx, before - 2, "well") &&
                   _diptych_detect_is (ctx, before - 1, "as") &&
                   last_in_sentence (ctx, sentence) >= 0 &&
                   !breaks_down_other (ctx, sentence, first, before - 3) &&
                   !apart_from_last (ctx, sentence, before - 3))
            link = LINK_COORDINATE;
          /* "427 bodies in six days, compared with about 50", "up from 12" */
          else if (outcome < 0 && before > first + 1 && last_in_sentence (ctx, sentence) >= 0 &&
                   ((_diptych_detect_is (ctx, before - 2, "compared") &&
                     (_diptych_detect_is (ctx, before - 1, "with") || _diptych_detect_is (ctx, before - 1, "to"))) ||
                    ((_diptych_detect_is (ctx, before - 2, "up") || _diptych_detect_is (ctx, before - 2, "down")) &&
                     _diptych_detect_is (ctx, before - 1, "from"))))
            link = LINK_COORDINATE;
          /* "two sons were rounded up with scores of other men", "killed
           * along with 12 civilians": as the figure just before
           */
          /* "lost three soldiers, with another five wounded": the others
           * are of the group before
           */
          else if (group < 0 && !unknown && _diptych_detect_is (ctx, before - 1, "with") &&
                   (_diptych_detect_is (ctx, before, "another") || _diptych_detect_is (ctx, before + 1, "further") ||
                    _diptych_detect_is (ctx, before + 1, "additional")) &&
                   last_in_sentence (ctx, sentence) >= 0)
            link = LINK_COORDINATE;
          else if (group >= 0 && !unknown && _diptych_detect_is (ctx, before - 1, "with") &&
                   (f = last_in_sentence (ctx, sentence)) >= 0 &&
                   (g_array_index (ctx->figures, DetectItem, f).last == before - 1 ||
                    (g_array_index (ctx->figures, DetectItem, f).last == before - 2 &&
                     (_diptych_detect_is (ctx, before - 2, "along") || _diptych_detect_is (ctx, before - 2, "together")))))
            link = LINK_COORDINATE;
          else if (outcome < 0 && group >= 0 && _diptych_detect_is (ctx, before - 1, "and"))
            outcome = object_of_outcome (ctx, first, before - 1, last);
        }
      /* "Of those, 48 were children", "Of the injured, 18 were children" */
      if (link == LINK_NONE && before > first && _diptych_detect_is (ctx, before - 1, ",") &&
          _diptych_detect_is (ctx, first, "of"))
        {
          if ((link_outcome = match_outcome (ctx, first + 2, &n)) >= 0 && _diptych_detect_is (ctx, first + 1, "the"))
            link = LINK_OUTCOME;
          else if (_diptych_detect_is (ctx, first + 1, "those") || _diptych_detect_is (ctx, first + 1, "them"))
            link = LINK_PREVIOUS;
          if (link != LINK_NONE)
            span_first = first;
          if (link == LINK_OUTCOME && outcome < 0)
            outcome = link_outcome;
        }
      /* "his brother was among the 47 named by the coalition": the figure
       * of that number before, named again
       */
      if (outcome < 0 && link == LINK_NONE && group < 0 && head_end == q.end && (f = repeat_of (ctx, &q, first)) >= 0)
        {
          outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
          if (!g_array_index (ctx->figures, DetectItem, f).no_group)
            group = g_array_index (ctx->figures, DetectItem, f).casualty.group;
        }
      /* "the names of 47 victims": those the article counts, as the
       * figure before them
       */
      if (outcome < 0 && link == LINK_NONE && head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "victims"))
        outcome = outcome_before (ctx);
      /* "the 41 civilians", "Besides the 11 guards": a figure named again */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && before > first &&
          _diptych_detect_is (ctx, before - 1, "the"))
        {
          read_structure (ctx, readings, &q, item);
          if ((head = repeated_figure (ctx, item->casualty.value, group)) >= 0)
            {
              link = LINK_REPEAT;
              outcome = g_array_index (ctx->figures, DetectItem, head).casualty.outcome;
              span_first = before - 1;
            }
        }
      /* The group's noun, which a partitive may name again */
      noun = group >= 0 && head_end > q.end && (detect_key (ctx, head_end - 1)->last_of & (1u << LEX_GROUP)) != 0
               ? detect_key (ctx, head_end - 1)->word_id : DETECT_NO_WORD_ID;
      /* "detained nine suspects … three of the suspects were Somali
       * nationals": a part of the figure of that noun
       */
      if (outcome < 0 && link == LINK_NONE && partitive && noun != DETECT_NO_WORD_ID)
        {
          read_structure (ctx, readings, &q, item);
          if ((head = figure_of_noun (ctx, noun, MAX (item->casualty.value, item->casualty.low))) >= 0)
            {
              link = LINK_HEAD;
              outcome = g_array_index (ctx->figures, DetectItem, head).casualty.outcome;
            }
        }
      /* No outcome, and no figure to take one from: a count of things */
      if (outcome < 0 && link == LINK_NONE)
        continue;
      /* "Five militants were killed, two soldiers said": those who say it;
       * "… killed, while 4,000 boys have been recruited": a clause of
       * their own
       */
      if (outcome < 0 && link == LINK_COORDINATE && head_end < last &&
          (detect_in (ctx, head_end, LEX_REPORTING) || has_own_verb (ctx, head_end, last)))
        continue;

      memset (item, 0, sizeof *item);
      item->kind = DIPTYCH_ANNOTATION_CASUALTY;
      item->sentence = sentence;
      item->quantity = ctx->token_base + q.num;
      item->parent = -1;
      item->source = -1;
      item->more = more;
      item->toll = toll;
      item->head = noun == DETECT_NO_WORD_ID ? 0 : noun + 1;
      /* "and five women", "64 others", "… killed, and that 812 were injured" */
      item->joined = link == LINK_COORDINATE || others ||
                     (span_first > first && (_diptych_detect_is (ctx, span_first - 1, "and") ||
                                             _diptych_detect_is (ctx, span_first - 1, ","))) ||
                     (span_first > first + 1 && _diptych_detect_is (ctx, span_first - 1, "that") &&
                      _diptych_detect_is (ctx, span_first - 2, "and"));

      read_structure (ctx, readings, &q, item);
      part = MAX (item->casualty.value, item->casualty.low);

      switch (link)
        {
        case LINK_BREAKDOWN:
        case LINK_PREVIOUS:
          item->parent = link == LINK_BREAKDOWN ? last_total (ctx, -1, sentence, part, group)
                                                : last_total (ctx, -1, 0, part, group);
          if (link == LINK_BREAKDOWN && item->parent < 0 && !colon)
            item->parent = last_total (ctx, -1, 0, part, group);
          /* "97 of the injured, at least 30 of whom …", "17 of them had
           * been airlifted to Nairobi, three of them in a critical
           * condition": the figure before in the sentence, though it is a
           * part itself
           */
          if (link == LINK_PREVIOUS && q.start > first + 1 && _diptych_detect_is (ctx, q.start - 1, ",") &&
              _diptych_detect_is (ctx, q.end, "of") &&
              (f = last_in_sentence (ctx, sentence)) >= 0 &&
              (part == DIPTYCH_NO_NUMBER ||
               MAX (g_array_index (ctx->figures, DetectItem, f).casualty.value,
                    g_array_index (ctx->figures, DetectItem, f).casualty.high) > part))
            item->parent = f;
          break;
        case LINK_OUTCOME:
        case LINK_AMONG_THOSE:
          item->parent = last_total (ctx, link_outcome, 0, part, group);
          break;
        case LINK_COORDINATE:
          {
            DetectItem *sibling = &g_array_index (ctx->figures, DetectItem, last_in_sentence (ctx, sentence));

            item->parent = sibling->parent;
            /* "Nine of the dead were children, and two dozen more children
             * were hurt": the hurt are no part of the dead; but "Two of
             * those recaptured were shot dead and another three wounded"
             * are both of those recaptured
             */
            if (outcome >= 0 && item->parent >= 0 && (gint)sibling->casualty.outcome != outcome &&
                g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome ==
                  sibling->casualty.outcome)
              item->parent = -1;
            if (outcome < 0)
              outcome = sibling->casualty.outcome;
            /* a group the sibling takes from its whole is resolved later */
            if (group < 0 && !sibling->no_group)
              group = sibling->casualty.group;
          }
          break;
        case LINK_AMONG_NEXT:
          item->parent = -2 - (gint)(ctx->token_base + among_next);  /* resolved below */
          break;
        case LINK_HEAD:
          item->parent = head;
          break;
        case LINK_REPEAT:
          item->parent = g_array_index (ctx->figures, DetectItem, head).parent;
          break;
        case LINK_NONE:
        default:
          break;
        }

      /* "the remains of 121 of them have been identified, while the remains
       * of at least 22 others have not": the rest of the whole the part
       * before broke down
       */
      if (others && link == LINK_NONE && item->parent < 0 && (f = last_in_sentence (ctx, sentence)) >= 0 &&
          (whole_of = g_array_index (ctx->figures, DetectItem, f).parent) >= 0 &&
          (part == DIPTYCH_NO_NUMBER ||
           MAX (g_array_index (ctx->figures, DetectItem, whole_of).casualty.value,
                g_array_index (ctx->figures, DetectItem, whole_of).casualty.high) > part))
        item->parent = whole_of;
      /* "418 injured … evacuating 112 seriously injured people": the
       * badly hurt are a part of those hurt
       */
      if (severe && link == LINK_NONE && item->parent < 0 && outcome == DIPTYCH_OUTCOME_INJURED)
        item->parent = last_total (ctx, outcome, 0, part, group);
      if (outcome < 0 && item->parent >= 0)
        outcome = g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome;
      if (outcome < 0)
        {
          continue;
        }

      if ((outcome == DIPTYCH_OUTCOME_DETAINED || outcome == DIPTYCH_OUTCOME_MISSING) &&
          (got_away (ctx, MAX (head_end, got_from), last) || set_free (ctx, first, q.start)))
        continue;

      item->casualty.outcome = outcome;
      item->no_group = group < 0;
      item->casualty.group = group >= 0 ? group : DIPTYCH_GROUP_PEOPLE;
      item->first = MIN (span_first, q.start);
      item->last = MAX (span_last, q.end);
      while (item->last > item->first + 1 && is_punct (ctx, item->last - 1) &&
             !_diptych_detect_is_quote (ctx, item->last - 1))
        item->last--;
      g_array_append_val (ctx->figures, *item);
    }

  /* "In Beledweyne alone, …", "were killed in Nguida alone": the
   * sentence's wholes are a place's share of the last total of their
   * outcome, once the sentence's own parts are theirs
   */
  if (alone && ctx->figures->len > figures_before && in_place_alone (ctx, first, last))
    for (guint f = figures_before; f < ctx->figures->len; f++)
      {
        DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);

        if (item->parent == -1 && !item->more && !item->toll)
          item->parent = total_before (ctx, figures_before, item->casualty.outcome,
                                       MAX (item->casualty.value, item->casualty.low));
      }
}

/**
 * _diptych_detect_resolve_groups:
 * @figures: the article's, each part's found
 *
 * Groups that were not written come from the figure this one breaks
 * down, the one it joins, or, for a toll, the first of its outcome.
 */
void
_diptych_detect_resolve_groups (GArray *figures)
{
  gint first_of[DIPTYCH_OUTCOME_DISPLACED + 1];

  for (guint o = 0; o < G_N_ELEMENTS (first_of); o++)
    first_of[o] = -1;

  for (guint f = 0; f < figures->len; f++)
    {
      DetectItem *item = &g_array_index (figures, DetectItem, f);

      if (item->parent <= -2)
        {
          guint quantity = (guint)(-2 - item->parent);

          item->parent = -1;
          for (guint g = f + 1; g < figures->len && g < f + 8; g++)
            if (g_array_index (figures, DetectItem, g).quantity == quantity)
              {
                item->parent = g;
                break;
              }
        }
    }

  for (guint f = 0; f < figures->len; f++)
    {
      DetectItem *item = &g_array_index (figures, DetectItem, f);
      DetectItem *from = NULL;

      if (item->parent < 0 && first_of[item->casualty.outcome] < 0)
        first_of[item->casualty.outcome] = f;
      if (!item->no_group)
        continue;
      if (item->parent >= 0 && (guint)item->parent < f)
        from = &g_array_index (figures, DetectItem, item->parent);
      else if (item->joined && !item->toll && f > 0 &&
               g_array_index (figures, DetectItem, f - 1).sentence == item->sentence)
        {
          from = &g_array_index (figures, DetectItem, f - 1);
          /* "47 people, 13 of them children, were killed and 86 others
           * wounded": joined to a whole past its part
           */
          if (from->parent >= 0 && (guint)from->parent < f - 1)
            from = &g_array_index (figures, DetectItem, from->parent);
        }
      else if (first_of[item->casualty.outcome] >= 0 && (guint)first_of[item->casualty.outcome] < f)
        from = &g_array_index (figures, DetectItem, first_of[item->casualty.outcome]);
      if (from != NULL)
        {
          item->casualty.group = from->casualty.group;
          item->no_group = from->no_group;
        }
    }
}

/* Each figure's source: the claim it is in, else a source named in its
 * sentence.
 */
static void
resolve_sources (DetectContext *ctx,
                 guint          from)
{
  guint c0 = 0, s0 = 0;

  for (guint f = from; f < ctx->figures->len; f++)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);
      guint sentence = item->sentence - ctx->sentence_base;  /* the part's */

      while (c0 < ctx->claims->len &&
             g_array_index (ctx->claims, DetectItem, c0).sentence < sentence)
        c0++;
      while (s0 < ctx->sources->len &&
             g_array_index (ctx->sources, DetectItem, s0).sentence < sentence)
        s0++;
      for (guint c = c0; c < ctx->claims->len && item->source < 0; c++)
        {
          DetectItem *claim = &g_array_index (ctx->claims, DetectItem, c);

          if (claim->sentence > sentence)
            break;
          if (claim->first <= item->first && item->first < claim->last)
            item->source = claim->source;
        }
      for (guint s = s0; s < ctx->sources->len && item->source < 0; s++)
        {
          DetectItem *source = &g_array_index (ctx->sources, DetectItem, s);

          if (source->sentence > sentence)
            break;
          item->source = s;
        }
    }
}

/**
 * _diptych_detect_casualties:
 *
 * Adds the figures of the context's part to its figures, with their
 * sources; their groups are resolved once all are found. When
 * ctx->ahead, the figures are the part's own, found before the parts
 * before are known (on a thread of its own), numbered from the part's
 * start, and ctx->needs_before says whether one would have been looked
 * for among theirs; else they come after those of the parts before in
 * the article's.
 */
void
_diptych_detect_casualties (DetectContext *ctx)
{
  g_autoptr(GArray) readings = g_array_new (FALSE, FALSE, sizeof (Reading));
  guint from = ctx->figures->len;
  gboolean alone = has_word (ctx, "alone");

  for (guint s = 0; s < ctx->sentences->len; s++)
    detect_in_sentence (ctx, readings, s, alone);
  resolve_sources (ctx, from);
}

/* A figure found ahead, @item, numbered as the article's figures after
 * the @from of the parts before.
 */
static DetectItem
figure_after (DetectContext    *ctx,
              const DetectItem *item,
              guint             from)
{
  DetectItem after = *item;

  after.sentence += ctx->sentence_base;
  after.quantity += ctx->token_base;
  if (item->parent >= 0)
    after.parent = from + item->parent;
  else if (item->parent <= -2)
    after.parent = -2 - (gint)(ctx->token_base + (guint)(-2 - item->parent));
  return after;
}

/* Whether figure @found is the figure @ahead found ahead, as the
 * lookback of later figures sees it and as it is written.
 */
static gboolean
same_figure (DetectContext    *ctx,
             const DetectItem *found,
             const DetectItem *ahead,
             guint             from)
{
  DetectItem after = figure_after (ctx, ahead, from);

  return found->first == after.first && found->last == after.last &&
         found->byte_start == after.byte_start && found->byte_end == after.byte_end &&
         found->sentence == after.sentence && found->quantity == after.quantity &&
         found->parent == after.parent && found->more == after.more &&
         found->no_group == after.no_group && found->toll == after.toll &&
         found->joined == after.joined &&
         found->casualty.outcome == after.casualty.outcome &&
         found->casualty.value == after.casualty.value &&
         found->casualty.low == after.casualty.low &&
         found->casualty.high == after.casualty.high &&
         found->casualty.qualifier == after.casualty.qualifier &&
         found->casualty.group == after.casualty.group &&
         g_strcmp0 (found->casualty.raw, after.casualty.raw) == 0;
}

/**
 * _diptych_detect_casualties_after:
 * @ahead: the part's figures found ahead (see _diptych_detect_casualties())
 *
 * Adds the figures of the context's part to the article's, after those
 * of the parts before: those found ahead when none needed the parts
 * before; else the part's figures are found again up to where the last
 * MAX_LOOKBACK found agree with those found ahead, which every later
 * figure's lookback stays within, and the rest are those found ahead.
 */
void
_diptych_detect_casualties_after (DetectContext *ctx,
                                  GArray        *ahead)
{
  g_autoptr(GArray) readings = g_array_new (FALSE, FALSE, sizeof (Reading));
  guint from = ctx->figures->len;
  guint agreed = 0;  /* figures found ahead that are the article's */
  gboolean alone = has_word (ctx, "alone");

  for (guint s = 0; ctx->needs_before && s < ctx->sentences->len; s++)
    {
      guint found, match;

      detect_in_sentence (ctx, readings, s, alone);
      found = ctx->figures->len - from;
      while (agreed < ahead->len && g_array_index (ahead, DetectItem, agreed).sentence <= s)
        agreed++;
      if (found != agreed || found < MAX_LOOKBACK)
        continue;
      for (match = found - MAX_LOOKBACK; match < found; match++)
        if (!same_figure (ctx, &g_array_index (ctx->figures, DetectItem, from + match),
                          &g_array_index (ahead, DetectItem, match), from))
          break;
      if (match == found)
        break;
    }

  for (guint a = agreed; a < ahead->len; a++)
    {
      DetectItem after = figure_after (ctx, &g_array_index (ahead, DetectItem, a), from);

      g_array_append_val (ctx->figures, after);
    }
  resolve_sources (ctx, from);
}
