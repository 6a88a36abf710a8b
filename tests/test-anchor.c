/* test-anchor.c: finding a quote again after the text changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-anchor.h"

static const char *article =
  "The attack injured hundreds, killing nearly 90 people, including almost 20 women "
  "and more than 30 children, according to Syrian health officials.";

typedef struct
{
  DiptychAnchorStatus status;
  gsize               start;
  gsize               end;
} Located;

static Located
locate_in (const char *now,
           const char *before,
           const char *quote)
{
  g_autoptr(DiptychText) old_text = diptych_text_new_from_string (before, "before");
  g_autoptr(DiptychText) new_text = diptych_text_new_from_string (now, "now");
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  const char *at = strstr (before, quote);
  gsize start, end;
  Located located = { 0 };

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (before, at);
  end = start + g_utf8_strlen (quote, -1);
  diptych_anchor_make_quote (old_text, start, end, &exact, &prefix, &suffix);
  g_assert_cmpstr (exact, ==, quote);

  located.status = diptych_anchor_locate (new_text, exact, prefix, suffix, start, end,
                                          &located.start, &located.end);
  return located;
}

static char *
text_at (const char *text,
         Located     located)
{
  g_autoptr(DiptychText) t = diptych_text_new_from_string (text, NULL);

  return diptych_text_dup_range (t, located.start, located.end);
}

static void
test_anchor_make_quote (void)
{
  g_autoptr(DiptychText) text = diptych_text_new_from_string (article, NULL);
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  const char *at = strstr (article, "nearly 90 people");

  diptych_anchor_make_quote (text, at - article, at - article + 16, &exact, &prefix, &suffix);
  g_assert_cmpstr (exact, ==, "nearly 90 people");
  g_assert_cmpuint (g_utf8_strlen (prefix, -1), ==, DIPTYCH_QUOTE_CONTEXT);
  g_assert_true (g_str_has_suffix (prefix, "hundreds, killing "));
  g_assert_true (g_str_has_prefix (suffix, ", including almost"));

  /* At the edges the context is shorter. */
  g_clear_pointer (&prefix, g_free);
  diptych_anchor_make_quote (text, 0, 3, NULL, &prefix, NULL);
  g_assert_cmpstr (prefix, ==, "");
}

static void
test_anchor_unchanged (void)
{
  Located l = locate_in (article, article, "nearly 90 people");

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_EXACT);
  g_assert_cmpuint (l.start, ==, strstr (article, "nearly 90") - article);
}

static void
test_anchor_text_inserted_before (void)
{
  g_autofree char *now = g_strconcat ("(CNN) ", article, NULL);
  Located l = locate_in (now, article, "nearly 90 people");
  g_autofree char *found = text_at (now, l);

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_cmpstr (found, ==, "nearly 90 people");
  g_assert_cmpuint (l.start, ==, strstr (article, "nearly 90") - article + 6);
}

/* An edited text, a quote in the text before, and what the quote's place
 * holds after: changed words are reported as changed (never as relocated),
 * in whole words, never a cut one.
 */
typedef struct
{
  const char          *name;
  const char          *before;
  const char          *now;
  const char          *quote;
  DiptychAnchorStatus  status;
  const char          *found;  /* NULL when orphaned */
} EditCase;

static const EditCase edit_cases[] = {
  { "number-in-figure",
    "The attack injured hundreds, killing nearly 90 people, according to officials.",
    "The attack injured hundreds, killing nearly 86 people, according to officials.",
    "killing nearly 90 people", DIPTYCH_ANCHOR_CHANGED, "killing nearly 86 people" },
  { "word-in-source",
    "Pyongyang said so, the Korean Central News Agency reported on Monday.",
    "Pyongyang said so, the Korean Central News Service reported on Monday.",
    "Korean Central News Agency", DIPTYCH_ANCHOR_CHANGED, "Korean Central News Service" },
  { "near-the-start",
    "The attack injured hundreds, killing nearly 90 people, according to officials.",
    "The assault injured hundreds, killing nearly 90 people, according to officials.",
    "The attack injured hundreds", DIPTYCH_ANCHOR_CHANGED, "The assault injured hundreds" },
  { "near-the-end",
    "The attack injured hundreds, killing nearly 90 people, according to Syrian health officials",
    "The attack injured hundreds, killing nearly 90 people, according to Syria's health officials",
    "according to Syrian health officials", DIPTYCH_ANCHOR_CHANGED,
    "according to Syria's health officials" },
  { "longer-word-not-cut",
    "Officials said nearly 90 people died in the raid on Tuesday night.",
    "Officials said nearly 90 peoples died in the raid on Tuesday night.",
    "nearly 90 people", DIPTYCH_ANCHOR_CHANGED, "nearly 90 peoples" },
  { "hyphenated-word-not-cut",
    "Talks between Russian and US officials ended on Friday without a deal.",
    "Talks between Russian-US officials ended on Friday without a deal.",
    "Russian and US officials", DIPTYCH_ANCHOR_CHANGED, "Russian-US officials" },
  { "same-words-moved",
    "The attack injured hundreds, killing nearly 90 people, according to officials.",
    "According to officials, the attack injured hundreds, killing nearly 90 people.",
    "killing nearly 90 people", DIPTYCH_ANCHOR_RELOCATED, "killing nearly 90 people" },
  { "same-words-same-place",
    "The attack injured hundreds, killing nearly 90 people, according to officials.",
    "The attack injured hundreds, killing nearly 90 people, according to police.",
    "killing nearly 90 people", DIPTYCH_ANCHOR_EXACT, "killing nearly 90 people" },
  { "word-inserted-at-the-start",
    "Secretary of State Rex Tillerson spoke by phone with Russian Foreign Minister Sergey Lavrov.",
    "Secretary of the State Rex Tillerson spoke by phone with Russian Foreign Minister Sergey Lavrov.",
    "Secretary of State", DIPTYCH_ANCHOR_CHANGED, "Secretary of the State" },
  { "word-replaced-between-context",
    "The attack injured hundreds, killing nearly 90 people, according to Syrian health officials and rescuers.",
    "The attack injured hundreds, killing nearly 90 people, according to Syrian health authorities and rescuers.",
    "Syrian health officials", DIPTYCH_ANCHOR_CHANGED, "Syrian health authorities" },
  { "words-gone",
    "The attack injured hundreds, killing nearly 90 people, according to officials.",
    "The attack injured hundreds, according to officials.",
    "killing nearly 90 people", DIPTYCH_ANCHOR_ORPHANED, NULL },
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

static void
test_anchor_edited (gconstpointer data)
{
  const EditCase *c = data;
  Located l = locate_in (c->now, c->before, c->quote);

  g_assert_cmpstr (diptych_anchor_status_to_string (l.status), ==,
                   diptych_anchor_status_to_string (c->status));
  if (c->found != NULL)
    {
      g_autofree char *found = text_at (c->now, l);
      const char *at = g_utf8_offset_to_pointer (c->now, l.start);
      const char *after = g_utf8_offset_to_pointer (c->now, l.end);

      g_assert_cmpstr (found, ==, c->found);
      /* Whole words: no letter just outside the span. */
      g_assert_false (at > c->now && is_word_char (g_utf8_get_char (g_utf8_prev_char (at))));
      g_assert_false (*after != '\0' && is_word_char (g_utf8_get_char (after)));
    }
}

static void
test_anchor_snap_to_words (void)
{
  const char *s = "killing nearly 1,200 people in Russian-US talks, they don't say";
  g_autoptr(DiptychText) text = diptych_text_new_from_string (s, NULL);
  static const struct { const char *from; gsize len; const char *expect; } cases[] = {
    { "lling nearly", 12, "killing nearly" },       /* start in a word */
    { "nearly 1,2", 10, "nearly 1,200" },          /* end inside a number */
    { " people ", 8, "people" },                   /* whitespace at the edges */
    { "US talks", 8, "Russian-US talks" },         /* after an inner hyphen */
    { "they don", 8, "they don't" },               /* before an inner apostrophe */
    { "talks", 5, "talks" },                       /* already whole */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *at = strstr (s, cases[i].from);
      gsize start = g_utf8_pointer_to_offset (s, at);
      gsize end = start + cases[i].len;
      g_autofree char *words = NULL;

      diptych_anchor_snap_to_words (text, &start, &end);
      words = diptych_text_dup_range (text, start, end);
      g_assert_cmpstr (words, ==, cases[i].expect);
    }
}

/* The words found after an edit, placed again in the same text with their
 * new quote, stay where they are: loading twice changes nothing.
 */
static void
test_anchor_stable_on_reload (void)
{
  const char *now = "The attack injured hundreds, killing nearly 86 people, according to officials.";
  Located first = locate_in (now, article, "killing nearly 90 people");
  g_autoptr(DiptychText) text = diptych_text_new_from_string (now, NULL);

  g_assert_cmpint (first.status, ==, DIPTYCH_ANCHOR_CHANGED);
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *exact = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      Located again = { 0 };

      diptych_anchor_make_quote (text, first.start, first.end, &exact, &prefix, &suffix);
      again.status = diptych_anchor_locate (text, exact, prefix, suffix, first.start, first.end,
                                            &again.start, &again.end);
      g_assert_cmpint (again.status, ==, DIPTYCH_ANCHOR_EXACT);
      g_assert_cmpuint (again.start, ==, first.start);
      g_assert_cmpuint (again.end, ==, first.end);
    }
}

static void
test_anchor_span_deleted (void)
{
  const char *now = "The attack injured hundreds, according to Syrian health officials.";
  Located l = locate_in (now, article, "including almost 20 women");

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_ORPHANED);
}

static void
test_anchor_duplicate_chosen_by_context (void)
{
  const char *before = "Officials said 20 people died. Later, witnesses said 20 people died in the town.";
  const char *now = "Officials said 20 people died. Much later, witnesses said 20 people died in the town.";
  const char *second = strstr (strstr (before, "20 people") + 1, "20 people");
  g_autoptr(DiptychText) old_text = diptych_text_new_from_string (before, NULL);
  g_autoptr(DiptychText) new_text = diptych_text_new_from_string (now, NULL);
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  gsize start = second - before, new_start = 0, new_end = 0;

  diptych_anchor_make_quote (old_text, start, start + 9, &exact, &prefix, &suffix);
  g_assert_cmpint (diptych_anchor_locate (new_text, exact, prefix, suffix, start, start + 9,
                                          &new_start, &new_end), ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_cmpuint (new_start, ==, strstr (strstr (now, "20 people") + 1, "20 people") - now);
}

/* The quote is at its old offsets again, but in another sentence: its
 * own sentence, context and all, is where it goes.
 */
static void
test_anchor_old_place_by_chance (void)
{
  const char *before = "Aid workers said the road was closed.";
  const char *now = "Reporters x said it. Aid workers said the road was closed.";
  Located l = locate_in (now, before, "said");

  g_assert_cmpuint (strstr (now, "said") - now, ==, strstr (before, "said") - before);
  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_cmpuint (l.start, ==, strstr (now, "workers said") + strlen ("workers ") - now);
}

/* The number changed, and the old number is now in the next clause: the
 * words between the context are the passage, not the old words elsewhere.
 */
static void
test_anchor_changed_in_place_before_same_words_elsewhere (void)
{
  const char *before = "Rescuers said 12 people died in the fire on Sunday night.";
  const char *now = "Rescuers said 14 people died in the fire on Sunday night, and 12 people were hurt.";
  Located l = locate_in (now, before, "12 people");
  g_autofree char *found = text_at (now, l);

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_cmpstr (found, ==, "14 people");
}

/* A few words found only approximately are taken with some of their
 * context, not from another sentence.
 */
static void
test_anchor_short_quote_needs_context (void)
{
  const char *before = "Two soldiers were wounded near the bridge. Police arrived later.";
  const char *edited = "Two soldier were wounded near the bridge. Police arrived later.";
  const char *elsewhere = "Police arrived later. A soldier spoke to reporters.";
  Located l = locate_in (edited, before, "soldiers");
  g_autofree char *found = text_at (edited, l);

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_cmpstr (found, ==, "soldier");

  l = locate_in (elsewhere, before, "soldiers");
  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_ORPHANED);
}

static void
test_anchor_long_quote_fuzzy (void)
{
  const char *before =
    "Intro. Russia’s Ministry of Foreign Affairs added that Lavrov emphasized on the call that "
    "the allegations of chemical weapons use by the Syrian military do not correspond to reality. End.";
  const char *now =
    "Intro text here. Russia’s Foreign Ministry added that Lavrov emphasized on the call that "
    "the allegations of chemical weapon use by the Syrian army do not correspond to reality. End.";
  const char *quote =
    "Russia’s Ministry of Foreign Affairs added that Lavrov emphasized on the call that "
    "the allegations of chemical weapons use by the Syrian military do not correspond to reality.";
  Located l = locate_in (now, before, quote);
  g_autofree char *found = text_at (now, l);

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_true (g_str_has_prefix (found, "Russia’s Foreign Ministry"));
  g_assert_true (g_str_has_suffix (found, "correspond to reality."));
}

static void
test_anchor_non_ascii (void)
{
  const char *before = "« Le bilan s’élève à près de 90 morts », a déclaré le ministère.";
  const char *now = "Selon l’AFP, « le bilan s’élève à près de 90 morts », a déclaré le ministère.";
  Located l = locate_in (now, before, "s’élève à près de 90 morts");
  g_autofree char *found = text_at (now, l);

  g_assert_cmpint (l.status, ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_cmpstr (found, ==, "s’élève à près de 90 morts");
}

/* Varied prose from a fixed seed: words of one to three syllables, now and
 * then a number, in sentences.
 */
static GString *
make_prose (guint32 seed,
            guint   n_words)
{
  static const char *syllables[] = {
    "ka", "lo", "mi", "ter", "san", "dra", "vel", "on", "is", "pur", "gen", "tal", "ro", "ne",
    "shi", "bar", "cu", "de", "fo", "gri", "ha", "jun", "lek", "mor", "nu", "pi", "qua", "ras",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *prose = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (g_rand_int_range (rand, 0, 20) == 0)
        g_string_append_printf (prose, "%u", g_rand_int_range (rand, 2, 5000));
      else
        {
          guint n = g_rand_int_range (rand, 1, 4);

          for (guint k = 0; k < n; k++)
            g_string_append (prose, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
        }
      g_string_append (prose, g_rand_int_range (rand, 0, 12) == 0 ? ". " : " ");
    }
  return prose;
}

/* Where the word that starts at or after @at starts, in ASCII @s. */
static gsize
next_word (const char *s,
           gsize       at)
{
  while (s[at] != '\0' && s[at] != ' ')
    at++;
  return s[at] == ' ' ? at + 1 : at;
}

typedef struct
{
  const char *name;
  double      where;   /* the changed word, as a share of the quote */
  const char *word;    /* what it becomes; NULL: the quote is deleted */
} LongQuoteCase;

static const LongQuoteCase long_quote_cases[] = {
  { "word-changed-in-the-middle", 0.5, "replaced" },
  { "word-changed-in-the-head", 0.004, "replaced" },
  { "word-changed-in-the-tail", 0.995, "replaced" },
  { "deleted", 0.5, NULL },
};

/* A quote of about 4,000 code points, placed after a sentence was
 * inserted at the start and one of its words changed: found as changed,
 * in whole words, exactly the edited words (only its ends are matched
 * approximately; the middle is held to the length and error budget).
 */
static void
test_anchor_long_quote (gconstpointer data)
{
  const LongQuoteCase *c = data;
  g_autoptr(GString) before = make_prose (7, 8000);
  g_autoptr(GString) now = g_string_new ("A sentence inserted at the start. ");
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(DiptychText) old_text = diptych_text_new_from_string (before->str, "before");
  g_autoptr(DiptychText) new_text = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *found = NULL;
  gsize start = next_word (before->str, 12000);
  gsize end = next_word (before->str, start + 4000) - 1;  /* before the space */
  gsize word = next_word (before->str, start + (gsize)(c->where * (end - start)));
  gsize word_end = next_word (before->str, word) - 1;
  gsize new_start = 0, new_end = 0;
  DiptychAnchorStatus status;

  g_assert_cmpint (before->str[end], ==, ' ');
  diptych_anchor_make_quote (old_text, start, end, &exact, &prefix, &suffix);
  g_assert_cmpuint (strlen (exact), >=, 4000);

  if (c->word != NULL)
    {
      g_string_append_len (now, before->str, word);
      g_string_append (now, c->word);
      g_string_append (now, before->str + word_end);
      g_string_append_len (expected, before->str + start, word - start);
      g_string_append (expected, c->word);
      g_string_append_len (expected, before->str + word_end, end - word_end);
    }
  else
    {
      g_string_append_len (now, before->str, start);
      g_string_append (now, before->str + end);
    }
  new_text = diptych_text_new_from_string (now->str, "now");

  status = diptych_anchor_locate (new_text, exact, prefix, suffix, start, end, &new_start, &new_end);
  if (c->word == NULL)
    {
      g_assert_cmpstr (diptych_anchor_status_to_string (status), ==, "orphaned");
      return;
    }
  g_assert_cmpstr (diptych_anchor_status_to_string (status), ==, "changed");
  found = diptych_text_dup_range (new_text, new_start, new_end);
  g_assert_cmpstr (found, ==, expected->str);
}

typedef struct
{
  DiptychText  *text;
  GPtrArray    *quotes;  /* of char *: exact, prefix, suffix, in turn */
  GArray       *starts;  /* gsize: where each quote was */
  GArray       *found;   /* gsize: status, start, end for each quote */
} PlaceJob;

static gpointer
place_all (gpointer data)
{
  PlaceJob *job = data;
  GArray *found = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (guint i = 0; i < job->starts->len; i++)
    {
      const char *exact = g_ptr_array_index (job->quotes, 3 * i);
      gsize start = g_array_index (job->starts, gsize, i);
      gsize new_start = 0, new_end = 0, status;

      status = diptych_anchor_locate (job->text, exact, g_ptr_array_index (job->quotes, 3 * i + 1),
                                      g_ptr_array_index (job->quotes, 3 * i + 2),
                                      start, start + g_utf8_strlen (exact, -1), &new_start, &new_end);
      g_array_append_val (found, status);
      g_array_append_val (found, new_start);
      g_array_append_val (found, new_end);
    }
  return found;
}

/* Documents load in worker threads, and a text may be shared: the first
 * placements build its code points and index at the same time in several
 * threads, and all find what one thread alone finds.
 */
static void
test_anchor_shared_text_threads (void)
{
  g_autoptr(GString) before = make_prose (3, 3000);
  g_autoptr(GString) now = g_string_new ("Inserted. ");
  g_autoptr(DiptychText) old_text = diptych_text_new_from_string (before->str, "before");
  g_autoptr(DiptychText) alone = NULL;
  g_autoptr(DiptychText) shared = NULL;
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) expected = NULL;
  PlaceJob job = { NULL, quotes, starts, NULL };
  GThread *threads[4];

  /* One word in 40 replaced, so that quotes are relocated and changed. */
  for (gsize at = 0, word = 0; at < before->len; word++)
    {
      gsize next = next_word (before->str, at);

      if (word % 40 == 20)
        g_string_append (now, "edited ");
      else
        g_string_append_len (now, before->str + at, next - at);
      at = next == at ? before->len : next;
    }
  for (gsize at = 0; at + 40 < before->len; at = next_word (before->str, at + 37))
    {
      char *exact, *prefix, *suffix;

      diptych_anchor_make_quote (old_text, at, next_word (before->str, at + 20) - 1,
                                 &exact, &prefix, &suffix);
      g_ptr_array_add (quotes, exact);
      g_ptr_array_add (quotes, prefix);
      g_ptr_array_add (quotes, suffix);
      g_array_append_val (starts, at);
    }

  alone = diptych_text_new_from_string (now->str, "alone");
  job.text = alone;
  expected = place_all (&job);
  {
    guint n[DIPTYCH_ANCHOR_N_STATUSES] = { 0 };

    for (guint i = 0; i < expected->len; i += 3)
      n[g_array_index (expected, gsize, i)]++;
    g_assert_cmpuint (n[DIPTYCH_ANCHOR_RELOCATED], >, 10);
    g_assert_cmpuint (n[DIPTYCH_ANCHOR_CHANGED], >, 10);
  }

  shared = diptych_text_new_from_string (now->str, "shared");
  job.text = shared;
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("place", place_all, &job);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(GArray) found = g_thread_join (threads[i]);

      g_assert_cmpmem (found->data, found->len * sizeof (gsize),
                       expected->data, expected->len * sizeof (gsize));
    }
}

static void
test_anchor_status_names (void)
{
  DiptychAnchorStatus status;

  g_assert_cmpstr (diptych_anchor_status_to_string (DIPTYCH_ANCHOR_ORPHANED), ==, "orphaned");
  g_assert_true (diptych_anchor_status_from_string ("relocated", &status));
  g_assert_cmpint (status, ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_true (diptych_anchor_status_from_string ("changed", &status));
  g_assert_cmpint (status, ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_cmpstr (diptych_anchor_status_to_string (DIPTYCH_ANCHOR_CHANGED), ==, "changed");
  g_assert_false (diptych_anchor_status_from_string ("lost", &status));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diptych/anchor/make-quote", test_anchor_make_quote);
  g_test_add_func ("/diptych/anchor/unchanged", test_anchor_unchanged);
  g_test_add_func ("/diptych/anchor/text-inserted-before", test_anchor_text_inserted_before);
  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/diptych/anchor/edited/", edit_cases[i].name, NULL);

      g_test_add_data_func (path, &edit_cases[i], test_anchor_edited);
    }
  g_test_add_func ("/diptych/anchor/snap-to-words", test_anchor_snap_to_words);
  g_test_add_func ("/diptych/anchor/stable-on-reload", test_anchor_stable_on_reload);
  g_test_add_func ("/diptych/anchor/span-deleted", test_anchor_span_deleted);
  g_test_add_func ("/diptych/anchor/duplicate-chosen-by-context", test_anchor_duplicate_chosen_by_context);
  g_test_add_func ("/diptych/anchor/old-place-by-chance", test_anchor_old_place_by_chance);
  g_test_add_func ("/diptych/anchor/changed-in-place-before-same-words-elsewhere",
                   test_anchor_changed_in_place_before_same_words_elsewhere);
  g_test_add_func ("/diptych/anchor/short-quote-needs-context", test_anchor_short_quote_needs_context);
  g_test_add_func ("/diptych/anchor/long-quote-fuzzy", test_anchor_long_quote_fuzzy);
  g_test_add_func ("/diptych/anchor/non-ascii", test_anchor_non_ascii);
  g_test_add_func ("/diptych/anchor/status-names", test_anchor_status_names);
  g_test_add_func ("/diptych/anchor/shared-text-threads", test_anchor_shared_text_threads);
  for (guint i = 0; i < G_N_ELEMENTS (long_quote_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/diptych/anchor/long-quote/", long_quote_cases[i].name, NULL);

      g_test_add_data_func (path, &long_quote_cases[i], test_anchor_long_quote);
    }

  return g_test_run ();
}
