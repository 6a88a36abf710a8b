/* diptych-casualty-parser.c: the structure of a casualty figure from its words
 *
 * "killing nearly 90 people" → killed, raw "nearly 90", value 90, high 90,
 * at-most, people. Vague amounts follow the conservative convention of
 * conflict-event datasets such as ACLED: "dozens" counts as at least 12,
 * "hundreds" as at least 100, "several" as at least 10.
 *
 * The outcome is only read where the words say it: "20 civilians" is a
 * figure of unstated kind (DIPTYCH_OUTCOME_UNSTATED), never a guess of
 * "killed". A phrase with two figures ("killing 3 and wounding 14") is
 * cut in two by diptych_casualty_parse_all().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-casualty-parser"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diptych-casualty-parser.h"

typedef struct
{
  char  *lower;     /* the word in lower case */
  gsize  lower_at;  /* where in the words' lower-case text */
  gsize  start;     /* byte offsets in the phrase */
  gsize  end;
} Word;

/* The words of a phrase, on the caller's stack while they fit: the
 * detectors parse each figure they find, of two or three words.
 */
typedef struct
{
  Word  *data;       /* stack, or the heap */
  guint  len;
  guint  allocated;
  char  *lower;      /* the words in lower case, each NUL-terminated */
  gsize  lower_len;
  gsize  lower_allocated;
  Word   stack[16];
  char   stack_lower[256];
} Words;

static void
words_clear (Words *words)
{
  if (words->data != words->stack)
    g_free (words->data);
  if (words->lower != words->stack_lower)
    g_free (words->lower);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Words, words_clear)

/* Room for @more bytes in @buffer, @stack until it is outgrown. */
static void *
grow (void   *buffer,
      void   *stack,
      gsize   size,
      gsize  *allocated,
      gsize   more)
{
  void *grown;

  if (size + more <= *allocated)
    return buffer;
  *allocated = MAX (*allocated * 2, size + more);
  if (buffer != stack)
    return g_realloc (buffer, *allocated);
  grown = g_malloc (*allocated);
  memcpy (grown, buffer, size);
  return grown;
}

static void
words_add (Words      *words,
           const char *phrase,
           const char *start,
           gsize       len)
{
  g_autofree char *unicode = NULL;
  gsize allocated = words->allocated * sizeof (Word);
  Word *word;

  words->data = grow (words->data, words->stack, words->len * sizeof (Word), &allocated, sizeof (Word));
  words->allocated = allocated / sizeof (Word);
  word = &words->data[words->len++];
  word->start = start - phrase;
  word->end = start + len - phrase;
  word->lower_at = words->lower_len;

  /* g_utf8_strdown() without its case tables when the word is ASCII, as
   * nearly all are.
   */
  for (gsize k = 0; k < len; k++)
    if ((guchar)start[k] >= 0x80)
      {
        unicode = g_utf8_strdown (start, len);
        start = unicode;
        len = strlen (unicode);
        break;
      }
  words->lower = grow (words->lower, words->stack_lower, words->lower_len, &words->lower_allocated,
                       len + 1);
  for (gsize k = 0; k < len; k++)
    words->lower[words->lower_len++] = unicode == NULL && start[k] >= 'A' && start[k] <= 'Z' ?
                                       start[k] + ('a' - 'A') : start[k];
  words->lower[words->lower_len++] = '\0';
}

/* g_unichar_isalnum() of the character at @p, without the call for
 * ASCII.
 */
static inline gboolean
is_alnum_at (const char *p)
{
  if ((guchar)*p < 0x80)
    return g_ascii_isalnum (*p);
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Words are letters and digits, with inner hyphens, commas and points
 * between digits ("1,200", "3.5", "twenty-five", "20-30"). Clear @words
 * with words_clear().
 */
static void
split_words (const char *phrase,
             Words      *words)
{
  const char *p = phrase;

  words->data = words->stack;
  words->len = 0;
  words->allocated = G_N_ELEMENTS (words->stack);
  words->lower = words->stack_lower;
  words->lower_len = 0;
  words->lower_allocated = sizeof words->stack_lower;

  while (*p)
    {
      const char *start;

      if (!is_alnum_at (p))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p)
        {
          gunichar here;
          const char *next;

          if (g_ascii_isalnum (*p))
            {
              p++;
              continue;
            }
          here = (guchar)*p < 0x80 ? (guchar)*p : g_utf8_get_char (p);
          next = g_utf8_next_char (p);
          if (here >= 0x80 && is_alnum_at (p))
            p = next;
          else if ((here == '-' || here == ',' || here == '.' || here == '\'' || here == 0x2019) &&
                   *next && is_alnum_at (next) &&
                   (here == '-' || here == '\'' || here == 0x2019 ||
                    (g_ascii_isdigit (p[-1]) && g_ascii_isdigit (*next))))
            p = next;
          else
            break;
        }

      words_add (words, phrase, start, p - start);
    }

  /* The lower-case text has stopped moving. */
  for (guint i = 0; i < words->len; i++)
    words->data[i].lower = words->lower + words->data[i].lower_at;
}

#define WORD(words, i) (&(words)->data[(i)])

static gboolean
word_is (const Words *words,
         guint        i,
         const char  *text)
{
  return i < words->len && WORD (words, i)->lower[0] == text[0] &&
         g_str_equal (WORD (words, i)->lower, text);
}

static gboolean
has_prefix_any (const char         *word,
                const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (word[0] == prefixes[i][0] && strncmp (word, prefixes[i], strlen (prefixes[i])) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
find_outcome (const Words    *words,
              DiptychOutcome *outcome)
{
  static const char * const killed[] = { "kill", "dead", "died", "death", "die", "fatalit", "lost their lives", NULL };
  static const char * const injured[] = { "injur", "wound", "hurt", "maim", NULL };
  static const char * const missing[] = { "missing", "disappear", "unaccounted", NULL };
  static const char * const detained[] = { "detain", "arrest", "captur", "abduct", "kidnap", "held", "imprison", NULL };
  static const char * const displaced[] = { "displac", "fled", "flee", "homeless", "evacuat", "refugee", NULL };

  for (guint i = 0; i < words->len; i++)
    {
      const char *w = WORD (words, i)->lower;

      if (!g_ascii_isalpha (w[0]))
        continue;  /* every prefix starts with a letter */
      if (has_prefix_any (w, killed)) { *outcome = DIPTYCH_OUTCOME_KILLED; return TRUE; }
      if (has_prefix_any (w, injured)) { *outcome = DIPTYCH_OUTCOME_INJURED; return TRUE; }
      if (has_prefix_any (w, missing)) { *outcome = DIPTYCH_OUTCOME_MISSING; return TRUE; }
      if (has_prefix_any (w, detained)) { *outcome = DIPTYCH_OUTCOME_DETAINED; return TRUE; }
      if (has_prefix_any (w, displaced)) { *outcome = DIPTYCH_OUTCOME_DISPLACED; return TRUE; }
    }
  return FALSE;
}

static gboolean
find_group (const Words  *words,
            DiptychGroup *group)
{
  static const struct { const char *word; DiptychGroup group; } groups[] = {
    { "people", DIPTYCH_GROUP_PEOPLE }, { "persons", DIPTYCH_GROUP_PEOPLE },
    { "person", DIPTYCH_GROUP_PEOPLE }, { "individuals", DIPTYCH_GROUP_PEOPLE },
    { "residents", DIPTYCH_GROUP_PEOPLE }, { "villagers", DIPTYCH_GROUP_PEOPLE },
    { "civilians", DIPTYCH_GROUP_CIVILIANS }, { "civilian", DIPTYCH_GROUP_CIVILIANS },
    { "children", DIPTYCH_GROUP_CHILDREN }, { "child", DIPTYCH_GROUP_CHILDREN },
    { "kids", DIPTYCH_GROUP_CHILDREN }, { "minors", DIPTYCH_GROUP_CHILDREN },
    { "infants", DIPTYCH_GROUP_CHILDREN }, { "babies", DIPTYCH_GROUP_CHILDREN },
    { "women", DIPTYCH_GROUP_WOMEN }, { "woman", DIPTYCH_GROUP_WOMEN },
    { "men", DIPTYCH_GROUP_MEN }, { "man", DIPTYCH_GROUP_MEN },
    { "fighters", DIPTYCH_GROUP_FIGHTERS }, { "militants", DIPTYCH_GROUP_FIGHTERS },
    { "rebels", DIPTYCH_GROUP_FIGHTERS }, { "insurgents", DIPTYCH_GROUP_FIGHTERS },
    { "combatants", DIPTYCH_GROUP_FIGHTERS }, { "militiamen", DIPTYCH_GROUP_FIGHTERS },
    { "jihadists", DIPTYCH_GROUP_FIGHTERS }, { "gunmen", DIPTYCH_GROUP_FIGHTERS },
    { "soldiers", DIPTYCH_GROUP_SOLDIERS }, { "soldier", DIPTYCH_GROUP_SOLDIERS },
    { "troops", DIPTYCH_GROUP_SOLDIERS }, { "servicemen", DIPTYCH_GROUP_SOLDIERS },
    { "marines", DIPTYCH_GROUP_SOLDIERS }, { "police", DIPTYCH_GROUP_OTHER },
    { "policemen", DIPTYCH_GROUP_OTHER }, { "officers", DIPTYCH_GROUP_OTHER },
    { "journalists", DIPTYCH_GROUP_OTHER }, { "workers", DIPTYCH_GROUP_OTHER },
    { "students", DIPTYCH_GROUP_OTHER }, { "doctors", DIPTYCH_GROUP_OTHER },
    { "patients", DIPTYCH_GROUP_OTHER }, { "pilgrims", DIPTYCH_GROUP_OTHER },
  };

  for (guint i = 0; i < words->len; i++)
    for (guint g = 0; g < G_N_ELEMENTS (groups) && g_ascii_isalpha (WORD (words, i)->lower[0]); g++)
      if (WORD (words, i)->lower[0] == groups[g].word[0] &&
          g_str_equal (WORD (words, i)->lower, groups[g].word))
        {
          *group = groups[g].group;
          return TRUE;
        }
  return FALSE;
}

static const char * const units[] = {
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", NULL
};
static const char * const tens[] = {
  "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL
};

static gint64
small_number (const char *word)
{
  const char *hyphen;
  gsize first_len;

  if (!g_ascii_islower (word[0]) || strchr ("eftnosz", word[0]) == NULL)
    return -1;  /* digits, most often, or a word no number word starts like */
  for (guint i = 0; units[i] != NULL; i++)
    if (word[0] == units[i][0] && g_str_equal (word, units[i]))
      return i;

  /* "ninety" and "twenty-five" */
  hyphen = strchr (word, '-');
  first_len = hyphen != NULL ? (gsize)(hyphen - word) : strlen (word);
  for (guint i = 2; tens[i] != NULL; i++)
    if (word[0] == tens[i][0] && strncmp (word, tens[i], first_len) == 0 && tens[i][first_len] == '\0')
      {
        gint64 total = i * 10;

        if (hyphen == NULL)
          return total;
        for (guint u = 1; u < 10; u++)
          if (g_str_equal (hyphen + 1, units[u]))
            return total + u;
      }
  return -1;
}

static gint64
scale_of (const char *word)
{
  switch (word[0])
    {
    case 'd':
      return g_str_equal (word, "dozen") ? 12 : 0;
    case 's':
      return g_str_equal (word, "score") ? 20 : 0;
    case 'h':
      return g_str_equal (word, "hundred") ? 100 : 0;
    case 't':
      return g_str_equal (word, "thousand") ? 1000 : 0;
    case 'm':
      return g_str_equal (word, "million") ? 1000000 : 0;
    default:
      return 0;
    }
}

static gboolean
digits_value_long (const char *word,
                   double     *value)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;

  for (const char *p = word; *p; p++)
    if (*p != ',')
      g_string_append_c (plain, *p);
  *value = g_ascii_strtod (plain->str, &end);
  return end != NULL && *end == '\0' && *value <= DIPTYCH_MAX_NUMBER;
}

/* A number in digits: "90", "1,200", "3.5" (as thousandths, to scale). */
static gboolean
digits_value (const char *word,
              double     *value)
{
  char plain[64];
  gsize len = 0;
  char *end = NULL;
  guint64 whole = 0;
  gboolean point = FALSE;

  if (!g_ascii_isdigit (word[0]))
    return FALSE;
  for (const char *p = word; *p; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '.')
        {
          point |= *p == '.';
          whole = whole * 10 + (*p - '0');
          /* only leading zeros can make a number this long fit the model */
          if (len + 1 >= sizeof plain)
            return digits_value_long (word, value);
          plain[len++] = *p;
        }
      else if (*p != ',')
        return FALSE;
    }
  plain[len] = '\0';
  /* Up to 15 digits, strtod's double is the integer itself. */
  if (!point && len <= 15)
    {
      *value = whole;
      return *value <= DIPTYCH_MAX_NUMBER;
    }
  *value = g_ascii_strtod (plain, &end);
  /* Larger numbers would not fit the model (nor a gint64, past 2^63). */
  return end != NULL && *end == '\0' && *value <= DIPTYCH_MAX_NUMBER;
}

/* Reads a number written in words and digits from words[*i], such as
 * "ninety", "two dozen", "a hundred and twenty", "3.5 million", "1,200".
 * Advances *i past it. Returns -1 when there is no number there.
 */
static gint64
read_number (const Words *words,
             guint       *i)
{
  double current = 0, total = 0, share = 1;
  gboolean any = FALSE;
  guint k = *i;

  /* "half a million", "half a dozen" */
  if (k + 2 < words->len && g_str_equal (WORD (words, k)->lower, "half") &&
      (g_str_equal (WORD (words, k + 1)->lower, "a") || g_str_equal (WORD (words, k + 1)->lower, "an")) &&
      scale_of (WORD (words, k + 2)->lower) > 0)
    {
      share = 0.5;
      k++;
    }

  while (k < words->len)
    {
      const char *w = WORD (words, k)->lower;
      gint64 small, scale;
      double digits;

      if (digits_value (w, &digits))
        {
          if (any && current > 0)
            break;
          current += digits;
        }
      else if ((small = small_number (w)) >= 0)
        {
          gint64 rest = (gint64)fmod (current, 100);  /* current may exceed gint64 */

          /* "twenty five", "a hundred and five"; not "two three" */
          if (any && !(rest == 0 || (rest >= 20 && rest % 10 == 0 && small < 10)))
            break;
          current += small;
        }
      else if ((scale = scale_of (w)) > 0)
        {
          if (!any && k > *i)
            break;
          current = MAX (current, 1) * scale;
          if (scale >= 1000)
            {
              total += current;
              current = 0;
            }
        }
      else if ((g_str_equal (w, "a") || g_str_equal (w, "an")) && !any &&
               k + 1 < words->len && scale_of (WORD (words, k + 1)->lower) > 0)
        {
          current = 1;
        }
      else if (g_str_equal (w, "and") && any && k + 1 < words->len &&
               small_number (WORD (words, k + 1)->lower) >= 0 && total + current >= 100)
        {
          /* "a hundred and twenty" */
        }
      else
        break;

      any = TRUE;
      k++;
    }

  if (!any || share * (total + current) + 0.5 > DIPTYCH_MAX_NUMBER)
    return -1;
  *i = k;
  return (gint64)(share * (total + current) + 0.5);
}

typedef struct
{
  const char       *words[3];
  guint             n_words;
  DiptychQualifier  qualifier;
} QualifierPhrase;

static const QualifierPhrase qualifier_phrases[] = {
  { { "more", "than" }, 2, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "at", "least" }, 2, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "over" }, 1, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "upwards", "of" }, 2, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "upward", "of" }, 2, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "in", "excess", "of" }, 3, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "no", "fewer", "than" }, 3, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "no", "less", "than" }, 3, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "not", "less", "than" }, 3, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "a", "minimum", "of" }, 3, DIPTYCH_QUALIFIER_AT_LEAST },
  { { "nearly" }, 1, DIPTYCH_QUALIFIER_AT_MOST },
  { { "almost" }, 1, DIPTYCH_QUALIFIER_AT_MOST },
  { { "up", "to" }, 2, DIPTYCH_QUALIFIER_AT_MOST },
  { { "as", "many", "as" }, 3, DIPTYCH_QUALIFIER_AT_MOST },
  { { "no", "more", "than" }, 3, DIPTYCH_QUALIFIER_AT_MOST },
  { { "fewer", "than" }, 2, DIPTYCH_QUALIFIER_AT_MOST },
  { { "less", "than" }, 2, DIPTYCH_QUALIFIER_AT_MOST },
  { { "under" }, 1, DIPTYCH_QUALIFIER_AT_MOST },
  { { "close", "to" }, 2, DIPTYCH_QUALIFIER_AT_MOST },
  { { "at", "most" }, 2, DIPTYCH_QUALIFIER_AT_MOST },
  { { "a", "maximum", "of" }, 3, DIPTYCH_QUALIFIER_AT_MOST },
  { { "about" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "around" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "some" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "roughly" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "approximately" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "an", "estimated" }, 2, DIPTYCH_QUALIFIER_APPROX },
  { { "estimated" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "circa" }, 1, DIPTYCH_QUALIFIER_APPROX },
  { { "reportedly" }, 1, DIPTYCH_QUALIFIER_APPROX },
};

/* The longest qualifier whose words end just before words[at] ("no more
 * than", not "more than"); sets *first to where they start.
 */
static gboolean
qualifier_before (const Words      *words,
                  guint             at,
                  DiptychQualifier *qualifier,
                  guint            *first)
{
  guint longest = 0;

  for (guint q = 0; q < G_N_ELEMENTS (qualifier_phrases); q++)
    {
      const QualifierPhrase *phrase = &qualifier_phrases[q];
      guint n = phrase->n_words;
      gboolean match = n <= at && n > longest;

      for (guint k = 0; match && k < n; k++)
        match = word_is (words, at - n + k, phrase->words[k]);
      if (match)
        {
          *qualifier = phrase->qualifier;
          *first = at - n;
          longest = n;
        }
    }
  return longest > 0;
}

typedef struct
{
  const char *word;
  gint64      low;
} VagueWord;

static const VagueWord vague_words[] = {
  { "dozens", 12 },
  { "scores", 40 },
  { "hundreds", 100 },
  { "thousands", 1000 },
  { "tens", 10 },
  { "millions", 1000000 },
  { "several", 10 },
  { "many", 10 },
  { "numerous", 10 },
  { "few", 3 },
};

void
diptych_casualty_clear (DiptychCasualty *casualty)
{
  g_return_if_fail (casualty != NULL);

  g_clear_pointer (&casualty->raw, g_free);
  g_clear_pointer (&casualty->subset_of, g_free);
  g_clear_pointer (&casualty->source, g_free);
}

/**
 * diptych_casualty_parse:
 * @phrase: the words of a figure as selected, e.g. "killing nearly 90 people"
 * @casualty: (out caller-allocates): filled with what the words say; clear
 *   it with diptych_casualty_clear()
 *
 * Returns: whether a number or an amount ("hundreds") was found; the
 *   outcome and group are filled either way (unknown and people when the
 *   words do not say)
 */
gboolean
diptych_casualty_parse (const char      *phrase,
                        DiptychCasualty *casualty)
{
  g_return_val_if_fail (phrase != NULL, FALSE);
  g_return_val_if_fail (casualty != NULL, FALSE);

  return (diptych_casualty_read (phrase, casualty) & DIPTYCH_CASUALTY_READ_NUMBER) != 0;
}

/* diptych_casualty_read(), and the outcome, group and raw words only
 * when @whole.
 */
static DiptychCasualtyRead
read_casualty (const char      *phrase,
               DiptychCasualty *casualty,
               gboolean         whole)
{
  g_auto(Words) words = { 0 };
  guint raw_first = 0, raw_last = 0;
  gboolean found = FALSE;
  DiptychCasualtyRead read = DIPTYCH_CASUALTY_READ_NOTHING;

  memset (casualty, 0, sizeof *casualty);
  casualty->value = casualty->low = casualty->high = DIPTYCH_NO_NUMBER;
  casualty->qualifier = DIPTYCH_QUALIFIER_EXACT;
  casualty->outcome = DIPTYCH_OUTCOME_UNSTATED;
  casualty->group = DIPTYCH_GROUP_PEOPLE;

  split_words (phrase, &words);
  if (whole && find_outcome (&words, &casualty->outcome))
    read |= DIPTYCH_CASUALTY_READ_OUTCOME;
  if (whole && find_group (&words, &casualty->group))
    read |= DIPTYCH_CASUALTY_READ_GROUP;

  for (guint i = 0; i < words.len && !found; i++)
    {
      const char *w = WORD (&words, i)->lower;
      guint after = i;
      gint64 n;

      /* "20-30" */
      if (g_ascii_isdigit (w[0]) && strchr (w, '-') != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (w, "-", 2);
          double lo, hi;

          if (digits_value (parts[0], &lo) && parts[1] != NULL && digits_value (parts[1], &hi))
            {
              casualty->qualifier = DIPTYCH_QUALIFIER_RANGE;
              casualty->low = (gint64)MIN (lo, hi);
              casualty->high = (gint64)MAX (lo, hi);
              raw_first = raw_last = i;
              found = TRUE;
              break;
            }
        }

      n = read_number (&words, &after);
      if (n < 0)
        continue;

      found = TRUE;
      raw_first = i;
      raw_last = after - 1;
      casualty->value = n;

      /* "between 20 and 30", "from 20 to 30", "20 to 30" */
      if ((word_is (&words, after, "and") && i > 0 && word_is (&words, i - 1, "between")) ||
          word_is (&words, after, "to"))
        {
          guint second = after + 1;
          gint64 m = read_number (&words, &second);

          if (m >= 0)
            {
              casualty->qualifier = DIPTYCH_QUALIFIER_RANGE;
              casualty->value = DIPTYCH_NO_NUMBER;
              casualty->low = MIN (n, m);
              casualty->high = MAX (n, m);
              if (i > 0 && (word_is (&words, i - 1, "between") || word_is (&words, i - 1, "from")))
                raw_first = i - 1;
              raw_last = second - 1;
              break;
            }
        }

      if (qualifier_before (&words, i, &casualty->qualifier, &raw_first))
        {
          switch (casualty->qualifier)
            {
            case DIPTYCH_QUALIFIER_AT_LEAST:
              casualty->low = n;
              break;
            case DIPTYCH_QUALIFIER_AT_MOST:
              casualty->high = n;
              break;
            case DIPTYCH_QUALIFIER_EXACT:
            case DIPTYCH_QUALIFIER_APPROX:
            case DIPTYCH_QUALIFIER_RANGE:
            case DIPTYCH_QUALIFIER_VAGUE:
            default:
              break;
            }
        }
      else
        {
          casualty->qualifier = DIPTYCH_QUALIFIER_EXACT;
          casualty->low = casualty->high = n;
        }
    }

  /* No number: an amount such as "hundreds" or "a few". */
  for (guint i = 0; i < words.len && !found; i++)
    for (guint v = 0; v < G_N_ELEMENTS (vague_words) && !found; v++)
      if (WORD (&words, i)->lower[0] == vague_words[v].word[0] &&
          g_str_equal (WORD (&words, i)->lower, vague_words[v].word))
        {
          casualty->qualifier = DIPTYCH_QUALIFIER_VAGUE;
          casualty->low = vague_words[v].low;
          raw_first = raw_last = i;
          if (i > 0 && word_is (&words, i - 1, "a"))
            raw_first = i - 1;
          found = TRUE;
        }

  diptych_casualty_normalize (casualty);
  if (found && whole)
    casualty->raw = g_strndup (phrase + WORD (&words, raw_first)->start,
                               WORD (&words, raw_last)->end - WORD (&words, raw_first)->start);
  else if (whole)
    casualty->raw = g_strdup ("");

  if (found)
    read |= DIPTYCH_CASUALTY_READ_NUMBER;
  return read;
}

/**
 * diptych_casualty_read:
 * @phrase: the words of a figure
 * @casualty: (out caller-allocates): as for diptych_casualty_parse()
 *
 * Like diptych_casualty_parse(), and says which fields the words told
 * rather than defaults: a caller that already has a figure keeps the
 * fields the parser could not tell.
 *
 * Returns: what the words told
 */
DiptychCasualtyRead
diptych_casualty_read (const char      *phrase,
                       DiptychCasualty *casualty)
{
  g_return_val_if_fail (phrase != NULL, DIPTYCH_CASUALTY_READ_NOTHING);
  g_return_val_if_fail (casualty != NULL, DIPTYCH_CASUALTY_READ_NOTHING);

  return read_casualty (phrase, casualty, TRUE);
}

/**
 * diptych_casualty_read_amount:
 * @phrase: the words of a number, with its qualifier: "at least 37"
 * @casualty: (out caller-allocates): its value, low, high and qualifier,
 *   as diptych_casualty_read() gives them; the outcome, group and raw
 *   words are left unset (the detectors know them from the clause)
 *
 * Returns: whether a number or an amount was found
 */
gboolean
diptych_casualty_read_amount (const char      *phrase,
                              DiptychCasualty *casualty)
{
  g_return_val_if_fail (phrase != NULL, FALSE);
  g_return_val_if_fail (casualty != NULL, FALSE);

  return (read_casualty (phrase, casualty, FALSE) & DIPTYCH_CASUALTY_READ_NUMBER) != 0;
}

/**
 * diptych_casualty_parse_count:
 * @text: a number as a person types it: "90", "1,200", "ninety",
 *   "two dozen", "a hundred and twenty"; surrounding spaces are ignored
 * @value: (out): the number
 *
 * Returns: whether the whole of @text is one number
 */
gboolean
diptych_casualty_parse_count (const char *text,
                              gint64     *value)
{
  g_auto(Words) words = { 0 };
  g_autofree char *stripped = NULL;
  guint i = 0;
  gint64 n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '-')
    return FALSE;
  /* Only words, digits, spaces and the marks inside numbers. */
  for (const char *p = stripped; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && !g_unichar_isspace (c) && c != '-' && c != ',' && c != '.')
        return FALSE;
    }
  split_words (stripped, &words);
  if (words.len == 0)
    return FALSE;
  n = read_number (&words, &i);
  if (n < 0 || i != words.len)
    return FALSE;
  *value = n;
  return TRUE;
}

/**
 * diptych_casualty_vague_word:
 * @raw: the words of a figure, as in #DiptychCasualty's raw
 * @low: (out) (optional): the lower bound the convention gives it
 *
 * Returns: (nullable): the vague amount in @raw ("dozens"), whose lower
 *   bound follows the conservative convention, or %NULL
 */
const char *
diptych_casualty_vague_word (const char *raw,
                             gint64     *low)
{
  g_auto(Words) words = { 0 };

  g_return_val_if_fail (raw != NULL, NULL);

  split_words (raw, &words);
  for (guint i = 0; i < words.len; i++)
    for (guint v = 0; v < G_N_ELEMENTS (vague_words); v++)
      if (WORD (&words, i)->lower[0] == vague_words[v].word[0] &&
          g_str_equal (WORD (&words, i)->lower, vague_words[v].word))
        {
          if (low != NULL)
            *low = vague_words[v].low;
          return vague_words[v].word;
        }
  return NULL;
}

/* Where a number starts, with its qualifier, and where it ends; a range
 * ("between 20 and 30", "20 to 30") is one.
 */
typedef struct
{
  guint first;
  guint last;
} NumberAt;

static GArray *
find_numbers (const Words *words)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (NumberAt));

  for (guint i = 0; i < words->len; i++)
    {
      DiptychQualifier qualifier;
      guint after = i;
      NumberAt at;

      if (read_number (words, &after) < 0)
        {
          gboolean vague = FALSE;

          for (guint v = 0; v < G_N_ELEMENTS (vague_words) && !vague; v++)
            vague = g_str_equal (WORD (words, i)->lower, vague_words[v].word);
          /* "a few", "several" next to a number are not a second figure. */
          if (!vague || g_str_equal (WORD (words, i)->lower, "few") ||
              g_str_equal (WORD (words, i)->lower, "several") ||
              g_str_equal (WORD (words, i)->lower, "many"))
            continue;
          after = i + 1;
        }

      at.first = i;
      at.last = after - 1;
      if ((word_is (words, after, "and") && i > 0 && word_is (words, i - 1, "between")) ||
          word_is (words, after, "to"))
        {
          guint second = after + 1;

          if (read_number (words, &second) >= 0)
            {
              at.last = second - 1;
              if (i > 0)
                at.first = i - 1;
            }
        }
      qualifier_before (words, i, &qualifier, &at.first);
      g_array_append_val (found, at);
      i = at.last;
    }
  return found;
}

static gboolean
separator_word (const char *word)
{
  return g_str_equal (word, "and") || g_str_equal (word, "while") || g_str_equal (word, "with") ||
         g_str_equal (word, "including") || g_str_equal (word, "among") || g_str_equal (word, "plus");
}

static void
parse_span_clear (gpointer data)
{
  diptych_casualty_clear (&((DiptychCasualtyParse *)data)->casualty);
}

/**
 * diptych_casualty_parse_all:
 * @phrase: the words selected for a figure
 *
 * Reads every figure in @phrase: "killing 3 and wounding 14" gives two,
 * "3 killed and 14 wounded" too; a range ("between 20 and 30") is one.
 * Each comes with its span in @phrase, in code points, end exclusive.
 * A phrase with one figure, or none, gives one parse of all of it.
 *
 * Returns: (transfer full): an array of #DiptychCasualtyParse
 */
GArray *
diptych_casualty_parse_all (const char *phrase)
{
  g_auto(Words) words = { 0 };
  g_autoptr(GArray) numbers = NULL;
  GArray *parses;

  g_return_val_if_fail (phrase != NULL, NULL);

  parses = g_array_new (FALSE, TRUE, sizeof (DiptychCasualtyParse));
  g_array_set_clear_func (parses, parse_span_clear);
  split_words (phrase, &words);
  numbers = find_numbers (&words);

  if (numbers->len < 2)
    {
      DiptychCasualtyParse whole = { 0, };

      diptych_casualty_read (phrase, &whole.casualty);
      whole.start = 0;
      whole.end = g_utf8_strlen (phrase, -1);
      g_array_append_val (parses, whole);
      return parses;
    }

  {
    guint from = 0;
    gboolean inherits = FALSE;

    for (guint n = 0; n < numbers->len; n++)
      {
        NumberAt *here = &g_array_index (numbers, NumberAt, n);
        guint to = words.len - 1;
        DiptychCasualtyParse part = { 0, };
        g_autofree char *words_of = NULL;
        gsize start_byte, end_byte;

        if (n + 1 < numbers->len)
          {
            NumberAt *next = &g_array_index (numbers, NumberAt, n + 1);

            /* Cut at the last separator between the two figures, else
             * just before the next one; the separator belongs to neither.
             */
            to = next->first - 1;
            for (guint k = next->first; k > here->last + 1; k--)
              if (separator_word (WORD (&words, k - 1)->lower) ||
                  memchr (phrase + WORD (&words, k - 2)->end, ',',
                          WORD (&words, k - 1)->start - WORD (&words, k - 2)->end) != NULL)
                {
                  to = k - 2;
                  break;
                }
          }

        start_byte = WORD (&words, from)->start;
        end_byte = WORD (&words, MAX (to, from))->end;
        words_of = g_strndup (phrase + start_byte, end_byte - start_byte);
        diptych_casualty_read (words_of, &part.casualty);
        /* "killing 90 people, including 20 women": the women were killed too. */
        if (part.casualty.outcome == DIPTYCH_OUTCOME_UNSTATED && inherits && parses->len > 0)
          part.casualty.outcome = g_array_index (parses, DiptychCasualtyParse, parses->len - 1).casualty.outcome;
        part.start = g_utf8_pointer_to_offset (phrase, phrase + start_byte);
        part.end = g_utf8_pointer_to_offset (phrase, phrase + end_byte);
        g_array_append_val (parses, part);

        /* The next figure starts after the separator. */
        from = to + 1;
        inherits = FALSE;
        while (n + 1 < numbers->len && from < g_array_index (numbers, NumberAt, n + 1).first &&
               separator_word (WORD (&words, from)->lower))
          {
            inherits |= word_is (&words, from, "including") || word_is (&words, from, "among");
            from++;
          }
      }
  }
  return parses;
}
