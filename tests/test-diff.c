/* test-diff.c: the word-level diff, its classes, moves and alignment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-diff-private.h"
#include "diptych-tokenizer.h"

static DiptychDiff *
diff_strings (const char *a,
              const char *b)
{
  g_autoptr(DiptychText) left = diptych_text_new_from_string (a, "left");
  g_autoptr(DiptychText) right = diptych_text_new_from_string (b, "right");

  return diptych_diff_new (left, right);
}

static void
assert_alignment_valid (DiptychDiff *diff)
{
  gsize n_left = diptych_text_get_n_chars (diptych_diff_get_left (diff));
  gsize n_right = diptych_text_get_n_chars (diptych_diff_get_right (diff));
  const DiptychAlignmentPoint *points;
  guint n_points;
  gsize previous = 0;

  points = diptych_diff_get_alignment (diff, &n_points);
  g_assert_cmpuint (n_points, >=, 1);
  g_assert_cmpuint (points[0].left, ==, 0);
  g_assert_cmpuint (points[0].right, ==, 0);
  for (guint i = 1; i < n_points; i++)
    {
      g_assert_cmpuint (points[i].left, >, points[i - 1].left);
      g_assert_cmpuint (points[i].right, >, points[i - 1].right);
      g_assert_cmpuint (points[i].left, <=, n_left);
      g_assert_cmpuint (points[i].right, <=, n_right);
    }

  for (gsize x = 0; x <= n_left; x++)
    {
      gsize y = diptych_diff_map_left_to_right (diff, x);

      g_assert_cmpuint (y, <=, n_right);
      g_assert_cmpuint (y, >=, previous);
      previous = y;
    }
  previous = 0;
  for (gsize y = 0; y <= n_right; y++)
    {
      gsize x = diptych_diff_map_right_to_left (diff, y);

      g_assert_cmpuint (x, <=, n_left);
      g_assert_cmpuint (x, >=, previous);
      previous = x;
    }
}

static void
assert_changes_ordered (DiptychDiff *diff)
{
  DiptychText *left = diptych_diff_get_left (diff);
  DiptychText *right = diptych_diff_get_right (diff);
  gsize n_left = diptych_text_get_n_chars (diptych_diff_get_left (diff));
  gsize n_right = diptych_text_get_n_chars (diptych_diff_get_right (diff));
  gsize previous = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);
      const DiptychChangeBytes *b = _diptych_diff_get_change_bytes (diff, i);

      /* The byte offsets that the writers use are the same places. */
      g_assert_cmpuint (b->left_start, ==, diptych_text_char_to_byte (left, c->left_start));
      g_assert_cmpuint (b->left_end, ==, diptych_text_char_to_byte (left, c->left_end));
      g_assert_cmpuint (b->right_start, ==, diptych_text_char_to_byte (right, c->right_start));
      g_assert_cmpuint (b->right_end, ==, diptych_text_char_to_byte (right, c->right_end));
      g_assert_cmpuint (c->left_start, >=, previous);
      g_assert_cmpuint (c->left_start, <=, c->left_end);
      g_assert_cmpuint (c->right_start, <=, c->right_end);
      g_assert_cmpuint (c->left_end, <=, n_left);
      g_assert_cmpuint (c->right_end, <=, n_right);
      switch (c->op)
        {
        case DIPTYCH_CHANGE_INSERT:
          g_assert_cmpuint (c->left_start, ==, c->left_end);
          g_assert_cmpuint (c->right_start, <, c->right_end);
          break;
        case DIPTYCH_CHANGE_DELETE:
          g_assert_cmpuint (c->right_start, ==, c->right_end);
          g_assert_cmpuint (c->left_start, <, c->left_end);
          break;
        case DIPTYCH_CHANGE_REPLACE:
        case DIPTYCH_CHANGE_MOVE:
          g_assert_cmpuint (c->left_start, <, c->left_end);
          g_assert_cmpuint (c->right_start, <, c->right_end);
          break;
        default:
          g_assert_not_reached ();
        }
      previous = c->left_start;
    }
}

static int
compare_right_start (gconstpointer a,
                     gconstpointer b)
{
  const DiptychChange *ca = *(const DiptychChange * const *)a;
  const DiptychChange *cb = *(const DiptychChange * const *)b;

  if (ca->right_start != cb->right_start)
    return ca->right_start < cb->right_start ? -1 : 1;
  return ca->right_end < cb->right_end ? -1 : ca->right_end > cb->right_end;
}

/* The text of @text outside the ranges of @changes (sorted by that side,
 * none overlapping), and checks that each change differs.
 */
static char *
unchanged_text (DiptychText *text,
                GPtrArray   *changes,
                gboolean     left)
{
  GString *out = g_string_new (NULL);
  gsize cursor = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      const DiptychChange *c = g_ptr_array_index (changes, i);
      gsize start = left ? c->left_start : c->right_start;
      gsize end = left ? c->left_end : c->right_end;
      g_autofree char *kept = NULL;

      g_assert_cmpuint (start, >=, cursor);
      kept = diptych_text_dup_range (text, cursor, start);
      g_string_append (out, kept);
      cursor = end;
    }
  g_string_append (out, diptych_text_get_contents (text, NULL) + diptych_text_char_to_byte (text, cursor));
  return g_string_free (out, FALSE);
}

/* Every character that differs is in exactly one change: the changes do not
 * overlap on either side, each holds a difference, and what they leave out
 * is the same text on both sides.
 */
static void
assert_changes_cover (DiptychDiff *diff)
{
  DiptychText *lt = diptych_diff_get_left (diff);
  DiptychText *rt = diptych_diff_get_right (diff);
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();
  g_autofree char *left_kept = NULL;
  g_autofree char *right_kept = NULL;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);
      g_autofree char *l = diptych_text_dup_range (lt, c->left_start, c->left_end);
      g_autofree char *r = diptych_text_dup_range (rt, c->right_start, c->right_end);

      if (c->op != DIPTYCH_CHANGE_MOVE)
        g_assert_cmpstr (l, !=, r);
      g_ptr_array_add (changes, (gpointer)c);
    }

  left_kept = unchanged_text (lt, changes, TRUE);
  g_ptr_array_sort (changes, compare_right_start);
  right_kept = unchanged_text (rt, changes, FALSE);
  g_assert_cmpstr (left_kept, ==, right_kept);
}

/* A compact description of the changes: "op:class:left-text>right-text;" */
static char *
describe (DiptychDiff *diff)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);
      g_autofree char *l = diptych_text_dup_range (diptych_diff_get_left (diff),
                                                   c->left_start, c->left_end);
      g_autofree char *r = diptych_text_dup_range (diptych_diff_get_right (diff),
                                                   c->right_start, c->right_end);

      g_string_append_printf (s, "%s:%s:%s>%s;",
                              diptych_change_op_to_string (c->op),
                              diptych_change_class_to_string (c->change_class), l, r);
    }
  return g_string_free (s, FALSE);
}

typedef struct
{
  const char *name;
  const char *left;
  const char *right;
  const char *expected;
} DiffCase;

static const DiffCase diff_cases[] = {
  { "identical", "The same words.", "The same words.", "" },
  { "both-empty", "", "", "" },
  { "empty-vs-text", "", "Hello world", "insert:content:>Hello world;" },
  { "text-vs-empty", "Hello world", "", "delete:content:Hello world>;" },
  { "all-different", "alpha beta gamma", "one two three", "replace:content:alpha beta gamma>one two three;" },
  { "insert-start", "b c d", "a b c d", "insert:content:>a ;" },
  { "insert-end", "a b c", "a b c d", "insert:content:> d;" },
  { "delete-start", "a b c d", "b c d", "delete:content:a >;" },
  { "delete-end", "a b c d", "a b c", "delete:content: d>;" },
  { "replace-middle", "killing nearly 90 people", "killing about 80 people",
    "replace:content:nearly 90>about 80;" },
  { "crlf-only", "one\r\ntwo\r\nthree", "one\ntwo\nthree",
    "delete:layout:\r>;delete:layout:\r>;" },
  { "nbsp-only", "90\u00A0people", "90 people", "replace:typography:\u00A0> ;" },
  { "quotes-only", "He said “no” and ‘yes’, don’t.", "He said \"no\" and 'yes', don't.",
    "replace:typography:“>\";replace:typography:”>\";replace:typography:‘>';"
    "replace:typography:’>';replace:typography:’>';" },
  { "dashes-only", "war — or peace -- now", "war -- or peace — now",
    "replace:typography:—>--;replace:typography:-->—;" },
  { "ellipsis-only", "and so…", "and so...", "replace:typography:…>...;" },
  { "reflow-only", "One two three.\nFour five.\n\nSix seven.", "One two three. Four five.  Six seven.",
    "replace:layout:\n> ;replace:layout:\n\n>  ;" },
  { "extra-spaces", "a b", "a   b", "insert:layout:>  ;" },
  { "punctuation-deleted", "terrorism; however", "terrorism however", "delete:punctuation:;>;" },
  { "punctuation-replaced", "Yes, no.", "Yes; no!", "replace:punctuation:,>;;replace:punctuation:.>!;" },
  { "hyphen-split", "a fact-finding mission", "a fact-\nfinding mission",
    "replace:typography:fact-finding>fact-\nfinding;" },
  { "case-is-content", "the President said", "the president said",
    "replace:content:President>president;" },

  /* Every character that differs is in a change: the space or blank line
   * that comes with an inserted word or paragraph too.
   */
  { "insert-takes-its-space", "the cat sat.", "the black cat sat.", "insert:content:>black ;" },
  { "append-takes-its-space", "Our word.", "Our word. More", "insert:content:> More;" },
  { "insert-paragraph", "First one.\n\nLast one.", "First one.\n\nMiddle one.\n\nLast one.",
    "insert:content:>Middle one.\n\n;" },
  { "words-gone-space-left", "blow to Russian-US relations", "blow to   relations",
    "delete:content:Russian-US>;insert:layout:> ;" },

  /* Minimal: the run around “Pennsylvania” is kept, not the lone “and”. */
  { "crossing-anchors", "a [[Pennsylvania]] and [[New", " and [[Pennsylvania]]",
    "replace:content:a> and;delete:content: and [[New>;" },

  /* An inserted sentence is marked from its first word to its full stop. */
  { "sentence-inserted", "One. The end.", "One. The zzz. The end.", "insert:content:>The zzz. ;" },
  { "sentence-inserted-between", "It rained. The roads flooded.",
    "It rained. The river rose. The roads flooded.", "insert:content:>The river rose. ;" },

  /* Scripts without spaces: only the figure changes. */
  { "chinese-figures", "造成至少58人死亡，其中包括11名儿童。", "造成至少85人死亡，其中包括12名儿童。",
    "replace:content:58>85;replace:content:11>12;" },
  { "japanese-figure", "地震で少なくとも58人が死亡した。", "地震で少なくとも85人が死亡した。",
    "replace:content:58>85;" },
  { "japanese-words", "東京で会議が開かれた。", "大阪で会議が開かれた。", "replace:content:東京>大阪;" },
  { "russian-figure", "погибли не менее 58 человек", "погибли не менее 85 человек",
    "replace:content:58>85;" },
  { "arabic-figure", "قتل 58 شخصا في الهجوم", "قتل 85 شخصا في الهجوم", "replace:content:58>85;" },

  /* A rewritten clause is one change, not fragments around “the first”;
   * changes with more between them than they change stay apart.
   */
  { "rewritten-clause", "The storm, the first hurricane of the season, killed dozens with floods.",
    "The names used were exclusively female. The first storm of the season killed dozens.",
    "replace:content:storm, the first hurricane>names used were exclusively female. The first storm;"
    "delete:punctuation:,>;delete:content: with floods>;" },
  { "small-word-folded", "They sold a red car to him.", "They bought the blue bike to him.",
    "replace:content:sold a red car>bought the blue bike;" },
  { "fold-stops-at-line-break", "They sold a\nred car.", "They bought a\nblue car.",
    "replace:content:sold>bought;replace:content:red>blue;" },

  /* The situations of git's word-diff tests, in our own words. */
  { "prose-one-word", "She said the talks would resume on Monday in Geneva.",
    "She said the talks would resume on Tuesday in Geneva.", "replace:content:Monday>Tuesday;" },
  { "prose-two-apart", "The mayor opened the new bridge on a cold morning.",
    "The governor opened the old bridge on a cold morning.",
    "replace:content:mayor>governor;replace:content:new>old;" },
  { "markup-tags", "<p>The <b>minister</b> resigned.</p>", "<p>The <i>minister</i> resigned.</p>",
    "replace:content:b>i;replace:content:b>i;" },
  { "markup-wiki-links", "[[Paris]] is the capital of [[France]].", "[[Lyon]] is a city of [[France]].",
    "replace:content:Paris>Lyon;replace:content:the capital>a city;" },
  { "markup-attribute", "<a href=\"/news/1\">link</a>", "<a href=\"/news/2\">link</a>",
    "replace:content:1>2;" },
  { "numbers", "killing 1,200 people and injuring 3.5 thousand",
    "killing 1,250 people and injuring 3.4 thousand",
    "replace:content:1,200>1,250;replace:content:3.5>3.4;" },
  { "number-becomes-word", "at least 12 people", "at least twelve people", "replace:content:12>twelve;" },
  { "punctuation-run", "Wait... what?!", "Wait… what?", "replace:typography:...>…;delete:punctuation:!>;" },
  { "punctuation-added", "no more", "no, more!", "insert:punctuation:>,;insert:punctuation:>!;" },
  { "punctuation-cluster", "(see above).", "(see below)!", "replace:content:above>below;replace:punctuation:.>!;" },
};

static void
test_diff_case (gconstpointer data)
{
  const DiffCase *dc = data;
  g_autoptr(DiptychDiff) diff = diff_strings (dc->left, dc->right);
  g_autofree char *got = describe (diff);

  g_assert_cmpstr (got, ==, dc->expected);
  assert_changes_ordered (diff);
  assert_changes_cover (diff);
  assert_alignment_valid (diff);
}

static const char *paragraphs[] = {
  "Secretary of State Rex Tillerson spoke by phone with the Russian foreign minister on Saturday.",
  "The conversation was initiated by the American side, the statement said in Moscow.",
  "Iranian President Hassan Rouhani also spoke out about the strike and called for an inquiry.",
  "North Korea's ministry said the strikes can never be tolerated by any sovereign country.",
};

static void
test_diff_moved_paragraph (void)
{
  g_autofree char *left = g_strjoin ("\n\n", paragraphs[0], paragraphs[1], paragraphs[2],
                                     paragraphs[3], NULL);
  g_autofree char *right = g_strjoin ("\n\n", paragraphs[0], paragraphs[2], paragraphs[3],
                                      paragraphs[1], NULL);
  g_autoptr(DiptychDiff) diff = diff_strings (left, right);
  guint n_moves = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);
      g_autofree char *l = NULL;
      g_autofree char *r = NULL;

      if (c->op != DIPTYCH_CHANGE_MOVE)
        {
          g_assert_cmpint (c->change_class, !=, DIPTYCH_CHANGE_CLASS_CONTENT);
          continue;
        }

      n_moves++;
      l = diptych_text_dup_range (diptych_diff_get_left (diff), c->left_start, c->left_end);
      r = diptych_text_dup_range (diptych_diff_get_right (diff), c->right_start, c->right_end);
      /* With the blank line it leaves on one side and takes on the other. */
      g_assert_cmpstr (g_strstrip (l), ==, paragraphs[1]);
      g_assert_cmpstr (g_strstrip (r), ==, paragraphs[1]);
      g_assert_cmpint (c->change_class, ==, DIPTYCH_CHANGE_CLASS_CONTENT);
    }

  g_assert_cmpuint (n_moves, ==, 1);
  g_assert_cmpuint (diptych_diff_count_moves (diff), ==, 1);
  assert_changes_ordered (diff);
  assert_changes_cover (diff);
  assert_alignment_valid (diff);
}

static void
test_diff_short_passage_is_not_a_move (void)
{
  g_autoptr(DiptychDiff) diff = diff_strings ("one two three four five six seven eight nine ten",
                                              "one two four five six seven eight nine ten three");

  g_assert_cmpuint (diptych_diff_count_moves (diff), ==, 0);
}

static DiptychText *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  DiptychText *text = diptych_text_new_from_path (path, &error);

  g_assert_no_error (error);
  return text;
}

static void
test_diff_example_pair (void)
{
  g_autoptr(DiptychText) left = load ("000_623877efd72da243.txt");
  g_autoptr(DiptychText) right = load ("001_3071ba8c4e40be15.txt");
  g_autoptr(DiptychDiff) diff = diptych_diff_new (left, right);
  const char *left_contents = diptych_text_get_contents (left, NULL);
  struct {
    DiptychChangeOp    op;
    DiptychChangeClass change_class;
    gsize              left_start;
    const char        *left_text;
    gsize              right_start;
    const char        *right_text;
  } expected[] = {
    /* The copy starts with a space, and the dropped words left their
     * spaces behind (a layout change each): every character that differs
     * is in a change.
     */
    { DIPTYCH_CHANGE_INSERT, DIPTYCH_CHANGE_CLASS_CONTENT, 0, "", 0, " (CNN) " },
    { DIPTYCH_CHANGE_DELETE, DIPTYCH_CHANGE_CLASS_CONTENT, 1583, "Russian-US", 1591, "" },
    { DIPTYCH_CHANGE_DELETE, DIPTYCH_CHANGE_CLASS_CONTENT, 2728, "fact-finding", 2727, "" },
    { DIPTYCH_CHANGE_DELETE, DIPTYCH_CHANGE_CLASS_PUNCTUATION, 3009, ";", 2997, "" },
    { DIPTYCH_CHANGE_DELETE, DIPTYCH_CHANGE_CLASS_CONTENT, 3630, "peace-breaker", 3618, "" },
    { DIPTYCH_CHANGE_DELETE, DIPTYCH_CHANGE_CLASS_CONTENT, 3875, "state-run", 3851, "" },
  };
  guint next = 0;
  guint n_typography = 0, n_layout = 0, n_open_quotes = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);
      g_autofree char *l = diptych_text_dup_range (left, c->left_start, c->left_end);
      g_autofree char *r = diptych_text_dup_range (right, c->right_start, c->right_end);

      switch (c->change_class)
        {
        case DIPTYCH_CHANGE_CLASS_CONTENT:
        case DIPTYCH_CHANGE_CLASS_PUNCTUATION:
          g_assert_cmpuint (next, <, G_N_ELEMENTS (expected));
          g_assert_cmpint (c->op, ==, expected[next].op);
          g_assert_cmpint (c->change_class, ==, expected[next].change_class);
          g_assert_cmpuint (c->left_start, ==, expected[next].left_start);
          g_assert_cmpuint (c->right_start, ==, expected[next].right_start);
          g_assert_cmpstr (l, ==, expected[next].left_text);
          g_assert_cmpstr (r, ==, expected[next].right_text);
          next++;
          break;

        case DIPTYCH_CHANGE_CLASS_TYPOGRAPHY:
          /* The republished copy turned every opening quote into a closing one. */
          g_assert_cmpstr (l, ==, "“");
          g_assert_cmpstr (r, ==, "”");
          n_typography++;
          break;

        case DIPTYCH_CHANGE_CLASS_LAYOUT:
          /* Flattened paragraphs: only whitespace on both sides. */
          g_assert_cmpuint (strspn (l, " \n"), ==, strlen (l));
          g_assert_cmpuint (strspn (r, " \n"), ==, strlen (r));
          g_assert_true (strchr (l, '\n') != NULL || strlen (r) != strlen (l));
          n_layout++;
          break;

        case DIPTYCH_N_CHANGE_CLASSES:
        default:
          g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (next, ==, G_N_ELEMENTS (expected));

  for (const char *p = left_contents; (p = strstr (p, "“")) != NULL; p++)
    n_open_quotes++;
  g_assert_cmpuint (n_typography, ==, n_open_quotes);
  g_assert_cmpuint (n_layout, >=, 18);
  g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_TYPOGRAPHY), ==, n_typography);
  g_assert_cmpuint (diptych_diff_count_moves (diff), ==, 0);

  assert_changes_ordered (diff);
  assert_changes_cover (diff);
  assert_alignment_valid (diff);
}

/* Applies every change to the left text. */
static char *
apply_changes (DiptychDiff *diff)
{
  DiptychText *lt = diptych_diff_get_left (diff);
  DiptychText *rt = diptych_diff_get_right (diff);
  GString *rebuilt = g_string_new (NULL);
  gsize cursor = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);
      g_autofree char *kept = diptych_text_dup_range (lt, cursor, c->left_start);
      g_autofree char *inserted = diptych_text_dup_range (rt, c->right_start, c->right_end);

      g_string_append (rebuilt, kept);
      g_string_append (rebuilt, inserted);
      cursor = MAX (cursor, c->left_end);
    }
  g_string_append (rebuilt, diptych_text_get_contents (lt, NULL) + diptych_text_char_to_byte (lt, cursor));

  return g_string_free (rebuilt, FALSE);
}

/* Random texts over a small vocabulary, randomly edited: applying the
 * changes to the left text must give the right text, spaces aside.
 */
static const char *vocabulary[] = {
  "the", "a", "of", "killed", "people", "90", "1,200", "said", "“", "”", "\"", ",", ".", ";",
  "Syria", "strike", "don’t", "don't", "—", "--", "officials", "according", "to", "women",
};

static char *
random_words (GRand *rand,
              guint  n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (s, g_rand_int_range (rand, 0, 10) == 0 ? "\n" : " ");
      g_string_append (s, vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
    }
  return g_string_free (s, FALSE);
}

static void
test_diff_random_reconstructs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);

  for (guint round = 0; round < 300; round++)
    {
      g_autofree char *left = random_words (rand, g_rand_int_range (rand, 0, 120));
      g_auto(GStrv) words = g_strsplit_set (left, " \n", -1);
      g_autoptr(GString) right = g_string_new (NULL);
      g_autoptr(DiptychDiff) diff = NULL;
      g_autofree char *rebuilt = NULL;

      for (guint i = 0; words[i] != NULL; i++)
        {
          int what = g_rand_int_range (rand, 0, 20);

          if (what == 0)
            continue;  /* delete */
          if (what == 1)
            g_string_append_printf (right, "%s ", vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
          g_string_append_printf (right, "%s%s", words[i], what == 2 ? "\n\n" : " ");
        }

      diff = diff_strings (left, right->str);
      assert_changes_ordered (diff);
      assert_alignment_valid (diff);
      assert_changes_cover (diff);

      if (diptych_diff_count_moves (diff) > 0)
        continue;

      rebuilt = apply_changes (diff);
      g_assert_cmpstr (rebuilt, ==, right->str);
    }
}

/* Long prose from a generated vocabulary: long enough that the first pass
 * matches most of it in blocks.
 */
static char *
random_prose (GRand *rand,
              guint  n_words)
{
  static const char *syllables[] = { "ka", "lo", "mi", "ra", "te", "sun", "dor", "vel" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      guint word = g_rand_int_range (rand, 0, 2000);

      if (i > 0)
        g_string_append (s, g_rand_int_range (rand, 0, 40) == 0 ? "\n\n" : " ");
      do
        {
          g_string_append (s, syllables[word % G_N_ELEMENTS (syllables)]);
          word /= G_N_ELEMENTS (syllables);
        }
      while (word > 0);
      if (g_rand_int_range (rand, 0, 12) == 0)
        g_string_append (s, ".");
    }
  g_string_append (s, "\n");
  return g_string_free (s, FALSE);
}

/* Re-wrapped text is all layout, and the changes say exactly where. */
static void
test_diff_reflow_exact (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint round = 0; round < 10; round++)
    {
      static const char *gaps[] = { " ", " ", " ", "\n", "\n\n", "  ", "\u00A0" };
      g_autofree char *left = random_prose (rand, 3000);
      g_auto(GStrv) words = g_strsplit_set (left, " \n", -1);
      g_autoptr(GString) right = g_string_new (NULL);
      g_autoptr(DiptychDiff) diff = NULL;
      g_autofree char *rebuilt = NULL;
      guint n_typography = 0;

      for (guint i = 0; words[i] != NULL; i++)
        {
          if (words[i][0] == '\0')
            continue;
          if (right->len > 0)
            g_string_append (right, g_rand_int_range (rand, 0, 8) == 0
                                    ? gaps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gaps))] : " ");
          g_string_append (right, words[i]);
        }

      diff = diff_strings (left, right->str);
      assert_changes_ordered (diff);
      assert_alignment_valid (diff);
      g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_CONTENT), ==, 0);
      g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_PUNCTUATION), ==, 0);
      g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_LAYOUT), >, 10);

      /* A no-break space for a plain one is typography. */
      for (const char *p = right->str; (p = strstr (p, "\u00A0")) != NULL; p++)
        if (p > right->str && p[-1] != ' ' && p[2] != ' ' && p[2] != '\n')
          n_typography++;
      g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_TYPOGRAPHY), <=, n_typography);

      rebuilt = apply_changes (diff);
      g_assert_true (g_str_equal (rebuilt, right->str));
    }
}

/* A long text with a few edits: the words come out right, and nothing
 * outside the edits is reported.
 */
static void
test_diff_sparse_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 10; round++)
    {
      g_autofree char *left = random_prose (rand, 5000);
      g_auto(GStrv) words = g_strsplit (left, " ", -1);
      g_autoptr(GString) right = g_string_new (NULL);
      g_autoptr(DiptychDiff) diff = NULL;
      g_autofree char *rebuilt = NULL;
      guint n_edits = 0;

      for (guint i = 0; words[i] != NULL; i++)
        {
          int what = g_rand_int_range (rand, 0, 200);

          if (i > 0)
            g_string_append_c (right, ' ');
          if (what == 0)
            {
              g_string_append (right, "deleted");  /* in place of the word */
              n_edits++;
              continue;
            }
          if (what == 1)
            {
              g_string_append (right, "inserted ");
              n_edits++;
            }
          g_string_append (right, words[i]);
        }

      diff = diff_strings (left, right->str);
      assert_changes_ordered (diff);
      assert_alignment_valid (diff);
      g_assert_cmpuint (diptych_diff_get_n_changes (diff), <=, n_edits);
      g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_CONTENT), >=, n_edits / 2);
      g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_LAYOUT), ==, 0);

      for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
        {
          const DiptychChange *c = diptych_diff_get_change (diff, i);
          g_autofree char *r = diptych_text_dup_range (diptych_diff_get_right (diff),
                                                       c->right_start, c->right_end);

          g_assert_true (strstr (r, "deleted") != NULL || strstr (r, "inserted") != NULL);
        }

      /* Exactly: an insertion carries the space next to it. */
      assert_changes_cover (diff);
      rebuilt = apply_changes (diff);
      g_assert_true (g_str_equal (rebuilt, right->str));
    }
}

/* Random edits of a real article: words, figures, punctuation, quotes,
 * spaces and line breaks. Every character that differs is in exactly one
 * change, and the changes rebuild the right text from the left.
 */
static void
test_diff_prose_edits_covered (void)
{
  static const char *inserts[] = { "reportedly", "the", "58", "—", ",", "“", "\n\n", "\u00A0", "A new sentence." };
  g_autoptr(DiptychText) article = load ("000_623877efd72da243.txt");
  g_autoptr(GRand) rand = g_rand_new_with_seed (4034);
  const char *text = diptych_text_get_contents (article, NULL);

  for (guint round = 0; round < 200; round++)
    {
      g_auto(GStrv) words = g_strsplit (text, " ", -1);
      guint rate = g_rand_int_range (rand, 3, 60);  /* one edit in this many words */
      g_autoptr(GString) right = g_string_new (NULL);
      g_autoptr(DiptychDiff) diff = NULL;

      for (guint i = 0; words[i] != NULL; i++)
        {
          guint what = g_rand_int_range (rand, 0, rate * 6);

          if (i > 0)
            g_string_append (right, what == 5 ? "\n" : what == 6 ? "  " : " ");
          switch (what)
            {
            case 0:  /* deleted */
              break;
            case 1:  /* replaced */
              g_string_append (right, words[g_rand_int_range (rand, 0, g_strv_length (words))]);
              break;
            case 2:  /* something inserted before */
              g_string_append_printf (right, "%s %s", inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))],
                                      words[i]);
              break;
            case 3:  /* punctuation after */
              g_string_append_printf (right, "%s%c", words[i], ",.;!"[g_rand_int_range (rand, 0, 4)]);
              break;
            case 4:  /* a figure changed or a word's case */
              g_string_append (right, g_ascii_isdigit (words[i][0]) ? "85" : words[i]);
              if (!g_ascii_isdigit (words[i][0]) && right->len > 0 && g_ascii_islower (right->str[right->len - strlen (words[i])]))
                right->str[right->len - strlen (words[i])] = g_ascii_toupper (right->str[right->len - strlen (words[i])]);
              break;
            default:
              g_string_append (right, words[i]);
              break;
            }
        }

      diff = diff_strings (text, right->str);
      assert_changes_ordered (diff);
      assert_changes_cover (diff);
      assert_alignment_valid (diff);
      if (diptych_diff_count_moves (diff) == 0)
        {
          g_autofree char *rebuilt = apply_changes (diff);

          g_assert_true (g_str_equal (rebuilt, right->str));
        }
    }
}

/* An edited copy of @text: about one word in @rate replaced, deleted or
 * with a word inserted before it, now and then a sentence inserted, a
 * run of words moved a little, or the lines wrapped anew.
 */
static char *
edit_prose (GRand      *rand,
            const char *text,
            guint       rate)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  guint n = g_strv_length (words);
  GString *right = g_string_new (NULL);
  gboolean rewrap = g_rand_int_range (rand, 0, 3) == 0;
  guint column = 0;

  for (guint i = 0; i < n; i++)
    {
      guint what = g_rand_int_range (rand, 0, 3 * rate);
      const char *word = words[i];

      if (word[0] == '\0')
        continue;
      if (right->len > 0)
        {
          gboolean wrap = rewrap && column > 60;

          g_string_append_c (right, wrap ? '\n' : ' ');
          column = wrap ? 0 : column + 1;
        }
      switch (what)
        {
        case 0:
          continue;  /* deleted */
        case 1:
          word = words[g_rand_int_range (rand, 0, n)];  /* replaced */
          break;
        case 2:
          g_string_append_printf (right, "%s ", words[g_rand_int_range (rand, 0, n)]);
          break;
        default:
          if (what == 3 && g_rand_int_range (rand, 0, 20) == 0)
            g_string_append (right, "A sentence that was not there before. ");
          else if (what == 3 && g_rand_int_range (rand, 0, 20) == 0 && i + 30 < n)
            {
              /* Five words moved ten words on. */
              for (guint k = 5; k < 15; k++)
                g_string_append_printf (right, "%s ", words[i + k]);
              for (guint k = 0; k < 5; k++)
                g_string_append_printf (right, "%s ", words[i + k]);
              i += 14;
              word = words[++i];
            }
          break;
        }
      g_string_append (right, word);
      column += strlen (word);
    }
  g_string_append_c (right, '\n');
  return g_string_free (right, FALSE);
}

/* Code points in changes of words and punctuation, on both sides. */
static gsize
changed_chars (DiptychDiff *diff)
{
  gsize n = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    {
      const DiptychChange *c = diptych_diff_get_change (diff, i);

      if (c->change_class == DIPTYCH_CHANGE_CLASS_CONTENT ||
          c->change_class == DIPTYCH_CHANGE_CLASS_PUNCTUATION)
        n += (c->left_end - c->left_start) + (c->right_end - c->right_start);
    }
  return n;
}

/* The first pass that walks both texts finds what the chunks find:
 * edits sparse or dense, sentences inserted, words moved, lines wrapped
 * anew. Where it leaves a text to the chunks, the diff is theirs.
 */
static void
test_diff_walk_is_chunks (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  guint n_same = 0, n_rounds = 60;

  for (guint round = 0; round < n_rounds; round++)
    {
      guint rate = round % 3 == 0 ? 4 : round % 3 == 1 ? 40 : 400;
      g_autofree char *left = random_prose (rand, 3000 + g_rand_int_range (rand, 0, 3000));
      g_autofree char *right = edit_prose (rand, left, rate);
      g_autoptr(DiptychDiff) walked = diff_strings (left, right);
      g_autoptr(DiptychDiff) chunked = NULL;
      g_autofree char *rebuilt = NULL;
      gboolean same;

      _diptych_diff_set_walk_first (FALSE);
      chunked = diff_strings (left, right);
      _diptych_diff_set_walk_first (TRUE);

      assert_changes_ordered (walked);
      assert_changes_cover (walked);
      assert_alignment_valid (walked);
      if (diptych_diff_count_moves (walked) == 0)
        {
          rebuilt = apply_changes (walked);
          g_assert_true (g_str_equal (rebuilt, right));
        }

      /* No more words reported changed (a few words moved may be told
       * as deleted and inserted rather than the words they passed as
       * moved), and most often the very same changes.
       */
      g_assert_cmpuint (changed_chars (walked), <=, changed_chars (chunked) + changed_chars (chunked) / 10);
      same = diptych_diff_get_n_changes (walked) == diptych_diff_get_n_changes (chunked);
      for (guint i = 0; same && i < diptych_diff_get_n_changes (walked); i++)
        same = memcmp (diptych_diff_get_change (walked, i), diptych_diff_get_change (chunked, i),
                       sizeof (DiptychChange)) == 0;
      n_same += same;
    }
  g_assert_cmpuint (n_same, >=, n_rounds * 9 / 10);
}

/* Text without spaces is a few long "words" to the walk: its paragraphs.
 * Changes in two of sixty are found as the chunks find them, each only
 * the characters that changed.
 */
static void
test_diff_walk_text_without_spaces (void)
{
  static const char *han[] = { "的", "一", "是", "在", "不", "了", "有", "和", "人", "这", "中", "大" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (58);
  g_autoptr(GString) left = g_string_new (NULL);
  g_autoptr(GString) right = g_string_new (NULL);
  g_autoptr(DiptychDiff) walked = NULL;
  g_autoptr(DiptychDiff) chunked = NULL;
  g_autofree char *rebuilt = NULL;

  for (guint p = 0; p < 60; p++)
    {
      g_autoptr(GString) paragraph = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 20, 80);

      for (guint k = 0; k < n; k++)
        g_string_append (paragraph, han[g_rand_int_range (rand, 0, G_N_ELEMENTS (han))]);
      g_string_append_printf (left, "%s造成至少58人死亡。\n\n", paragraph->str);
      g_string_append_printf (right, "%s造成至少%s人死亡。\n\n", paragraph->str,
                              p == 12 || p == 40 ? "85" : "58");
    }

  walked = diff_strings (left->str, right->str);
  _diptych_diff_set_walk_first (FALSE);
  chunked = diff_strings (left->str, right->str);
  _diptych_diff_set_walk_first (TRUE);

  assert_changes_cover (walked);
  rebuilt = apply_changes (walked);
  g_assert_cmpstr (rebuilt, ==, right->str);
  g_assert_cmpuint (diptych_diff_get_n_changes (walked), ==, 2);
  g_assert_cmpuint (diptych_diff_get_n_changes (chunked), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const DiptychChange *c = diptych_diff_get_change (walked, i);
      g_autofree char *l = diptych_text_dup_range (diptych_diff_get_left (walked), c->left_start, c->left_end);
      g_autofree char *r = diptych_text_dup_range (diptych_diff_get_right (walked), c->right_start, c->right_end);

      g_assert_cmpstr (l, ==, "58");
      g_assert_cmpstr (r, ==, "85");
      g_assert_cmpmem (c, sizeof *c, diptych_diff_get_change (chunked, i), sizeof *c);
    }
}

static void
test_diff_names (void)
{
  DiptychChangeClass klass;

  g_assert_cmpstr (diptych_change_op_to_string (DIPTYCH_CHANGE_MOVE), ==, "move");
  g_assert_cmpstr (diptych_change_class_to_string (DIPTYCH_CHANGE_CLASS_LAYOUT), ==, "layout");
  g_assert_true (diptych_change_class_from_string ("typography", &klass));
  g_assert_cmpint (klass, ==, DIPTYCH_CHANGE_CLASS_TYPOGRAPHY);
  g_assert_false (diptych_change_class_from_string ("typo", &klass));
}

/* Found by fuzzing: an inserted run slid up past a token that faced
 * nothing, and wrote before the start of the other side's match array.
 */
static void
test_diff_slide_stops_at_unmatched (void)
{
  g_autoptr(DiptychText) left =
    diptych_text_new_from_string ("a b cm n o p a b\x02" "c d e f b cm n o p a b\x02" "c d e f n o p a", NULL);
  g_autoptr(DiptychText) right =
    diptych_text_new_from_string (" b\x02" "c d e f g  p a b  p a b\x02" "c d e f n o p a b\x02" "cc d e f h", NULL);
  g_autoptr(DiptychDiff) diff = diptych_diff_new (left, right);

  assert_alignment_valid (diff);
  assert_changes_ordered (diff);
  assert_changes_cover (diff);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (diff_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diptych/diff/%s", diff_cases[i].name);

      g_test_add_data_func (path, &diff_cases[i], test_diff_case);
    }
  g_test_add_func ("/diptych/diff/moved-paragraph", test_diff_moved_paragraph);
  g_test_add_func ("/diptych/diff/short-passage-is-not-a-move", test_diff_short_passage_is_not_a_move);
  g_test_add_func ("/diptych/diff/example-pair", test_diff_example_pair);
  g_test_add_func ("/diptych/diff/random-reconstructs", test_diff_random_reconstructs);
  g_test_add_func ("/diptych/diff/reflow-exact", test_diff_reflow_exact);
  g_test_add_func ("/diptych/diff/sparse-edits", test_diff_sparse_edits);
  g_test_add_func ("/diptych/diff/prose-edits-covered", test_diff_prose_edits_covered);
  g_test_add_func ("/diptych/diff/walk-is-chunks", test_diff_walk_is_chunks);
  g_test_add_func ("/diptych/diff/walk-text-without-spaces", test_diff_walk_text_without_spaces);
  g_test_add_func ("/diptych/diff/names", test_diff_names);
  g_test_add_func ("/diptych/diff/slide-stops-at-unmatched", test_diff_slide_stops_at_unmatched);

  return g_test_run ();
}
