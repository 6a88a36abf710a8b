/* test-casualty-parser.c: casualty figures from their words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "diptych-casualty-parser.h"

#define N DIPTYCH_NO_NUMBER

typedef struct
{
  const char       *phrase;
  DiptychOutcome    outcome;
  const char       *raw;
  gint64            value;
  gint64            low;
  gint64            high;
  DiptychQualifier  qualifier;
  DiptychGroup      group;
} Phrase;

#define K DIPTYCH_OUTCOME_KILLED
#define I DIPTYCH_OUTCOME_INJURED
#define U DIPTYCH_OUTCOME_UNSTATED
#define D DIPTYCH_OUTCOME_DETAINED
#define EXACT DIPTYCH_QUALIFIER_EXACT
#define APPROX DIPTYCH_QUALIFIER_APPROX
#define AT_LEAST DIPTYCH_QUALIFIER_AT_LEAST
#define AT_MOST DIPTYCH_QUALIFIER_AT_MOST
#define RANGE DIPTYCH_QUALIFIER_RANGE
#define VAGUE DIPTYCH_QUALIFIER_VAGUE

static const Phrase phrases[] = {
  /* from the example article */
  { "killing nearly 90 people", K, "nearly 90", 90, N, 90, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "including almost 20 women", U, "almost 20", 20, N, 20, AT_MOST, DIPTYCH_GROUP_WOMEN },
  { "more than 30 children", U, "more than 30", 30, 30, N, AT_LEAST, DIPTYCH_GROUP_CHILDREN },
  { "The attack injured hundreds", I, "hundreds", N, 100, N, VAGUE, DIPTYCH_GROUP_PEOPLE },
  /* qualifiers */
  { "at least 12 civilians were killed", K, "at least 12", 12, 12, N, AT_LEAST, DIPTYCH_GROUP_CIVILIANS },
  { "over 200 dead", K, "over 200", 200, 200, N, AT_LEAST, DIPTYCH_GROUP_PEOPLE },
  { "upwards of 40 people died", K, "upwards of 40", 40, 40, N, AT_LEAST, DIPTYCH_GROUP_PEOPLE },
  { "no fewer than 7 soldiers killed", K, "no fewer than 7", 7, 7, N, AT_LEAST, DIPTYCH_GROUP_SOLDIERS },
  { "up to 50 wounded", I, "up to 50", 50, N, 50, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "as many as 300 people were killed", K, "as many as 300", 300, N, 300, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "almost a hundred injured", I, "almost a hundred", 100, N, 100, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "fewer than 10 children died", K, "fewer than 10", 10, N, 10, AT_MOST, DIPTYCH_GROUP_CHILDREN },
  /* the longer phrase, not "more than" or "less than" inside it */
  { "no more than 30 people died", K, "no more than 30", 30, N, 30, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "no less than 40 people were hurt", I, "no less than 40", 40, 40, N, AT_LEAST, DIPTYCH_GROUP_PEOPLE },
  { "upward of 300 people were arrested", D, "upward of 300", 300, 300, N, AT_LEAST, DIPTYCH_GROUP_PEOPLE },
  { "at most 12 people were hurt", I, "at most 12", 12, N, 12, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "a maximum of 40 people", U, "a maximum of 40", 40, N, 40, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  { "about 50 people", U, "about 50", 50, N, N, APPROX, DIPTYCH_GROUP_PEOPLE },
  { "some 70 fighters were killed", K, "some 70", 70, N, N, APPROX, DIPTYCH_GROUP_FIGHTERS },
  { "around 1,500 displaced", DIPTYCH_OUTCOME_DISPLACED, "around 1,500", 1500, N, N, APPROX, DIPTYCH_GROUP_PEOPLE },
  { "an estimated 3,000 people fled", DIPTYCH_OUTCOME_DISPLACED, "an estimated 3,000", 3000, N, N, APPROX, DIPTYCH_GROUP_PEOPLE },
  { "roughly 25 militants", U, "roughly 25", 25, N, N, APPROX, DIPTYCH_GROUP_FIGHTERS },
  /* exact */
  { "killing 90 people", K, "90", 90, 90, 90, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "17 soldiers were wounded", I, "17", 17, 17, 17, EXACT, DIPTYCH_GROUP_SOLDIERS },
  { "1,200 dead", K, "1,200", 1200, 1200, 1200, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "one child died", K, "one", 1, 1, 1, EXACT, DIPTYCH_GROUP_CHILDREN },
  /* number words */
  { "ninety people were killed", K, "ninety", 90, 90, 90, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "twenty-five civilians", U, "twenty-five", 25, 25, 25, EXACT, DIPTYCH_GROUP_CIVILIANS },
  { "twenty five civilians", U, "twenty five", 25, 25, 25, EXACT, DIPTYCH_GROUP_CIVILIANS },
  { "two dozen soldiers killed", K, "two dozen", 24, 24, 24, EXACT, DIPTYCH_GROUP_SOLDIERS },
  { "a dozen children injured", I, "a dozen", 12, 12, 12, EXACT, DIPTYCH_GROUP_CHILDREN },
  { "half a million people", U, "half a million", 500000, 500000, 500000, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "nearly half a dozen soldiers killed", K, "nearly half a dozen", 6, N, 6, AT_MOST, DIPTYCH_GROUP_SOLDIERS },
  { "a hundred and twenty people", U, "a hundred and twenty", 120, 120, 120, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "three hundred dead", K, "three hundred", 300, 300, 300, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "3.5 million displaced", DIPTYCH_OUTCOME_DISPLACED, "3.5 million", 3500000, 3500000, 3500000, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "two thousand people missing", DIPTYCH_OUTCOME_MISSING, "two thousand", 2000, 2000, 2000, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "eleven journalists detained", DIPTYCH_OUTCOME_DETAINED, "eleven", 11, 11, 11, EXACT, DIPTYCH_GROUP_OTHER },
  /* ranges */
  { "between 20 and 30 civilians", U, "between 20 and 30", N, 20, 30, RANGE, DIPTYCH_GROUP_CIVILIANS },
  { "20 to 30 people killed", K, "20 to 30", N, 20, 30, RANGE, DIPTYCH_GROUP_PEOPLE },
  { "from 5 to 8 soldiers", U, "from 5 to 8", N, 5, 8, RANGE, DIPTYCH_GROUP_SOLDIERS },
  { "20-30 dead", K, "20-30", N, 20, 30, RANGE, DIPTYCH_GROUP_PEOPLE },
  /* vague amounts */
  { "dozens killed", K, "dozens", N, 12, N, VAGUE, DIPTYCH_GROUP_PEOPLE },
  { "hundreds of civilians", U, "hundreds", N, 100, N, VAGUE, DIPTYCH_GROUP_CIVILIANS },
  { "thousands were displaced", DIPTYCH_OUTCOME_DISPLACED, "thousands", N, 1000, N, VAGUE, DIPTYCH_GROUP_PEOPLE },
  { "scores of people injured", I, "scores", N, 40, N, VAGUE, DIPTYCH_GROUP_PEOPLE },
  { "several soldiers wounded", I, "several", N, 10, N, VAGUE, DIPTYCH_GROUP_SOLDIERS },
  { "a few women were arrested", DIPTYCH_OUTCOME_DETAINED, "a few", N, 3, N, VAGUE, DIPTYCH_GROUP_WOMEN },
  /* outcomes and groups */
  { "killed 4 men", K, "4", 4, 4, 4, EXACT, DIPTYCH_GROUP_MEN },
  { "9 deaths", K, "9", 9, 9, 9, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "injuring 15 troops", I, "15", 15, 15, 15, EXACT, DIPTYCH_GROUP_SOLDIERS },
  { "6 rebels captured", DIPTYCH_OUTCOME_DETAINED, "6", 6, 6, 6, EXACT, DIPTYCH_GROUP_FIGHTERS },
  { "Killing Nearly 90 People", K, "Nearly 90", 90, N, 90, AT_MOST, DIPTYCH_GROUP_PEOPLE },
  /* the outcome only where the words say it */
  { "20", U, "20", 20, 20, 20, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "nearly two dozen civilians", U, "nearly two dozen", 24, N, 24, AT_MOST, DIPTYCH_GROUP_CIVILIANS },
  { "dozens", U, "dozens", N, 12, N, VAGUE, DIPTYCH_GROUP_PEOPLE },
  { "hundreds", U, "hundreds", N, 100, N, VAGUE, DIPTYCH_GROUP_PEOPLE },
  { "killing 3", K, "3", 3, 3, 3, EXACT, DIPTYCH_GROUP_PEOPLE },
  { "wounding 14", I, "14", 14, 14, 14, EXACT, DIPTYCH_GROUP_PEOPLE },
};

typedef struct
{
  const char     *phrase;
  guint           n;
  struct {
    const char     *words;  /* the figure's span in the phrase */
    DiptychOutcome  outcome;
    gint64          value;
    gint64          low;
  } figures[3];
} Several;

static const Several severals[] = {
  { "killing 3 and wounding 14", 2, { { "killing 3", K, 3, 3 }, { "wounding 14", I, 14, 14 } } },
  { "3 killed and 14 wounded", 2, { { "3 killed", K, 3, 3 }, { "14 wounded", I, 14, 14 } } },
  { "killing nearly 90 people, including almost 20 women", 2,
    { { "killing nearly 90 people", K, 90, N }, { "almost 20 women", K, 20, N } } },
  { "dozens killed and hundreds wounded", 2,
    { { "dozens killed", K, N, 12 }, { "hundreds wounded", I, N, 100 } } },
  { "between 20 and 30 civilians", 1, { { "between 20 and 30 civilians", U, N, 20 } } },
  { "killing nearly 90 people", 1, { { "killing nearly 90 people", K, 90, N } } },
  { "5 dead, 12 injured and 3 missing", 3,
    { { "5 dead", K, 5, 5 }, { "12 injured", I, 12, 12 }, { "3 missing", DIPTYCH_OUTCOME_MISSING, 3, 3 } } },
};

static void
test_casualty_several (gconstpointer data)
{
  const Several *s = data;
  g_autoptr(GArray) parses = diptych_casualty_parse_all (s->phrase);

  g_assert_cmpuint (parses->len, ==, s->n);
  for (guint i = 0; i < s->n; i++)
    {
      DiptychCasualtyParse *p = &g_array_index (parses, DiptychCasualtyParse, i);
      const char *start = g_utf8_offset_to_pointer (s->phrase, p->start);
      g_autofree char *words = g_strndup (start, g_utf8_offset_to_pointer (s->phrase, p->end) - start);

      g_assert_cmpstr (words, ==, s->figures[i].words);
      g_assert_cmpint (p->casualty.outcome, ==, s->figures[i].outcome);
      g_assert_cmpint (p->casualty.value, ==, s->figures[i].value);
      g_assert_cmpint (p->casualty.low, ==, s->figures[i].low);
    }
}

static void
test_casualty_count (void)
{
  static const struct { const char *text; gboolean ok; gint64 value; } counts[] = {
    { "90", TRUE, 90 }, { " 1,200 ", TRUE, 1200 }, { "ninety", TRUE, 90 }, { "two dozen", TRUE, 24 },
    { "a hundred and twenty", TRUE, 120 }, { "Twenty-five", TRUE, 25 }, { "0", TRUE, 0 },
    { "", FALSE, 0 }, { "ninety people", FALSE, 0 }, { "-3", FALSE, 0 }, { "abc", FALSE, 0 },
    { "12abc", FALSE, 0 }, { "dozens", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      gint64 value = -42;

      g_assert_cmpint (diptych_casualty_parse_count (counts[i].text, &value), ==, counts[i].ok);
      if (counts[i].ok)
        g_assert_cmpint (value, ==, counts[i].value);
    }
}

static void
test_casualty_vague_word (void)
{
  gint64 low = 0;

  g_assert_cmpstr (diptych_casualty_vague_word ("dozens", &low), ==, "dozens");
  g_assert_cmpint (low, ==, 12);
  g_assert_cmpstr (diptych_casualty_vague_word ("Hundreds", &low), ==, "hundreds");
  g_assert_cmpint (low, ==, 100);
  g_assert_null (diptych_casualty_vague_word ("nearly 90", NULL));
}

static void
test_casualty_phrase (gconstpointer data)
{
  const Phrase *p = data;
  DiptychCasualty casualty;

  g_assert_true (diptych_casualty_parse (p->phrase, &casualty));
  g_assert_cmpstr (casualty.raw, ==, p->raw);
  g_assert_cmpint (casualty.outcome, ==, p->outcome);
  g_assert_cmpint (casualty.value, ==, p->value);
  g_assert_cmpint (casualty.low, ==, p->low);
  g_assert_cmpint (casualty.high, ==, p->high);
  g_assert_cmpint (casualty.qualifier, ==, p->qualifier);
  g_assert_cmpint (casualty.group, ==, p->group);
  g_assert_null (casualty.source);
  g_assert_null (casualty.subset_of);
  diptych_casualty_clear (&casualty);

  /* The amount alone, as the detectors read it */
  g_assert_true (diptych_casualty_read_amount (p->phrase, &casualty));
  g_assert_null (casualty.raw);
  g_assert_cmpint (casualty.value, ==, p->value);
  g_assert_cmpint (casualty.low, ==, p->low);
  g_assert_cmpint (casualty.high, ==, p->high);
  g_assert_cmpint (casualty.qualifier, ==, p->qualifier);
}

static void
test_casualty_no_number (void)
{
  DiptychCasualty casualty;

  g_assert_false (diptych_casualty_parse ("the attack on the town", &casualty));
  g_assert_cmpstr (casualty.raw, ==, "");
  g_assert_cmpint (casualty.value, ==, N);
  diptych_casualty_clear (&casualty);

  g_assert_false (diptych_casualty_parse ("", &casualty));
  diptych_casualty_clear (&casualty);
}

/* Numbers out of range are not numbers; bounds come out in order. */
static void
test_casualty_out_of_range (void)
{
  static const char * const phrases_out[] = {
    "20-99999999999999999999 killed",
    "99999999999999999999 killed",
    "between 20 and 99999999999999999999 killed",
    "1e400 killed",
    "5000000 million killed",
    "between 30 and 20 killed",
    "30-20 killed",
    /* found by fuzz-casualty: a double past 2^63 was cast to gint64 */
    "1000000000000 hundred hundred hundred hundred six killed",
  };

  for (guint i = 0; i < G_N_ELEMENTS (phrases_out); i++)
    {
      DiptychCasualty casualty;

      diptych_casualty_parse (phrases_out[i], &casualty);
      g_test_message ("%s: %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                      phrases_out[i], casualty.value, casualty.low, casualty.high);
      g_assert_true (diptych_casualty_is_valid (&casualty));
      g_assert_cmpint (casualty.value, <=, DIPTYCH_MAX_NUMBER);
      g_assert_cmpint (casualty.low, <=, DIPTYCH_MAX_NUMBER);
      g_assert_cmpint (casualty.high, <=, DIPTYCH_MAX_NUMBER);
      g_assert_cmpint (casualty.value, >=, DIPTYCH_NO_NUMBER);
      g_assert_cmpint (casualty.low, >=, DIPTYCH_NO_NUMBER);
      g_assert_cmpint (casualty.high, >=, DIPTYCH_NO_NUMBER);
      diptych_casualty_clear (&casualty);
    }

  {
    DiptychCasualty casualty;

    diptych_casualty_parse ("between 30 and 20 killed", &casualty);
    g_assert_cmpint (casualty.low, ==, 20);
    g_assert_cmpint (casualty.high, ==, 30);
    diptych_casualty_clear (&casualty);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpuint (G_N_ELEMENTS (phrases), >=, 40);
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diptych/casualty-parser/phrase/%02u", i);

      g_test_add_data_func (path, &phrases[i], test_casualty_phrase);
    }
  for (guint i = 0; i < G_N_ELEMENTS (severals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diptych/casualty-parser/several/%02u", i);

      g_test_add_data_func (path, &severals[i], test_casualty_several);
    }
  g_test_add_func ("/diptych/casualty-parser/no-number", test_casualty_no_number);
  g_test_add_func ("/diptych/casualty-parser/out-of-range", test_casualty_out_of_range);
  g_test_add_func ("/diptych/casualty-parser/count", test_casualty_count);
  g_test_add_func ("/diptych/casualty-parser/vague-word", test_casualty_vague_word);

  return g_test_run ();
}
