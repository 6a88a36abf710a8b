/* test-tokenizer.c: tokens and folded keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-tokenizer.h"

typedef struct
{
  const char *text;
  const char *tokens;  /* expected tokens, separated by '|' */
  const char *kinds;   /* one letter per token: w(ord) n(umber) p(unctuation) */
} TokenCase;

static const TokenCase token_cases[] = {
  { "Hello, world.", "Hello|,|world|.", "wpwp" },
  { "Russian-US relations", "Russian-US|relations", "ww" },
  { "don't and don’t", "don't|and|don’t", "www" },
  { "Thursday’s strikes", "Thursday’s|strikes", "ww" },
  { "1,200 people and 3.5 tons", "1,200|people|and|3.5|tons", "nwwnw" },
  { "20-year-old", "20-year-old", "w" },
  { "nearly 90", "nearly|90", "wn" },
  { "end. 90,", "end|.|90|,", "wpnp" },
  { "wait... what…", "wait|...|what|…", "wpwp" },
  { "a -- b — c - d", "a|--|b|—|c|-|d", "wpwpwpw" },
  { "“(Russian President)", "“|(|Russian|President|)", "ppwwp" },
  { "  \t\n ", "", "" },
  { "", "", "" },
  { "trailing-", "trailing|-", "wp" },
  { "'quoted'", "'|quoted|'", "pwp" },
  { "naïve café", "naïve|café", "ww" },
  { "a\u00A0b\u2009c\u200Bd", "a|b|c|d", "wwww" },
  { "x..y", "x|.|.|y", "wppw" },
  /* Scripts without spaces: a token per character, figures apart. */
  { "造成至少58人死亡", "造|成|至|少|58|人|死|亡", "wwwwnwww" },
  { "其中包括11名儿童。", "其|中|包|括|11|名|儿|童|。", "wwwwnwwwp" },
  { "東京で3人がけが", "東|京|で|3|人|が|け|が", "wwwnwwww" },
  { "テロ攻撃、コーヒー", "テ|ロ|攻|撃|、|コ|ー|ヒ|ー", "wwwwpwwww" },
  { "COVID19患者", "COVID19|患|者", "www" },
  /* Scripts with spaces keep their words whole. */
  { "погибли 58 человек", "погибли|58|человек", "wnw" },
  { "قتل 58 شخصا", "قتل|58|شخصا", "wnw" },
};

static void
test_tokenizer_split (gconstpointer data)
{
  const TokenCase *tc = data;
  g_autoptr(DiptychKeyTable) keys = diptych_key_table_new ();
  g_autoptr(GArray) tokens = diptych_tokenize (tc->text, strlen (tc->text), keys);
  g_auto(GStrv) expected = NULL;
  guint n_expected;

  expected = tc->tokens[0] ? g_strsplit (tc->tokens, "|", -1) : g_new0 (char *, 1);
  n_expected = g_strv_length (expected);
  g_assert_cmpuint (tokens->len, ==, n_expected);
  g_assert_cmpuint (strlen (tc->kinds), ==, n_expected);

  for (guint i = 0; i < tokens->len; i++)
    {
      const DiptychToken *t = &g_array_index (tokens, DiptychToken, i);
      g_autofree char *str = g_strndup (tc->text + t->byte_start, t->byte_end - t->byte_start);
      char kind = "wnp"[diptych_key_table_get_kind (keys, t->key)];

      g_assert_cmpstr (str, ==, expected[i]);
      g_assert_cmpint (kind, ==, tc->kinds[i]);
      /* Tokens end on character boundaries. */
      g_assert_true (g_utf8_validate (str, -1, NULL));
    }
}

typedef struct
{
  const char *a;
  const char *b;
  gboolean    same;
} KeyCase;

static const KeyCase key_cases[] = {
  /* quotes and apostrophes */
  { "“", "\"", TRUE },
  { "”", "“", TRUE },
  { "„", "\"", TRUE },
  { "«", "»", TRUE },
  { "‘", "'", TRUE },
  { "don’t", "don't", TRUE },
  { "Thursday’s", "Thursday's", TRUE },
  { "'", "\"", FALSE },
  /* dashes */
  { "—", "–", TRUE },
  { "—", "--", TRUE },
  { "–", "-", TRUE },
  { "---", "—", TRUE },
  { "self‐made", "self-made", TRUE },
  /* ellipsis */
  { "…", "...", TRUE },
  { "...", "....", TRUE },
  /* real differences */
  { "killed", "killing", FALSE },
  { "90", "80", FALSE },
  { "State", "state", FALSE },
  { ";", ",", FALSE },
};

static void
test_tokenizer_keys (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (key_cases); i++)
    {
      g_autofree char *ka = diptych_fold_key (key_cases[i].a, strlen (key_cases[i].a));
      g_autofree char *kb = diptych_fold_key (key_cases[i].b, strlen (key_cases[i].b));

      if (key_cases[i].same)
        g_assert_cmpstr (ka, ==, kb);
      else
        g_assert_cmpstr (ka, !=, kb);
    }
}

static void
test_tokenizer_interned_keys (void)
{
  g_autoptr(DiptychKeyTable) keys = diptych_key_table_new ();
  const char *a = "“Lavrov” said — don’t";
  const char *b = "\"Lavrov\" said -- don't";
  g_autoptr(GArray) ta = diptych_tokenize (a, strlen (a), keys);
  g_autoptr(GArray) tb = diptych_tokenize (b, strlen (b), keys);

  g_assert_cmpuint (ta->len, ==, tb->len);
  for (guint i = 0; i < ta->len; i++)
    g_assert_cmpuint (g_array_index (ta, DiptychToken, i).key, ==,
                      g_array_index (tb, DiptychToken, i).key);
  g_assert_cmpstr (diptych_key_table_lookup (keys, g_array_index (ta, DiptychToken, 0).key), ==, "\"");
}

static void
test_tokenizer_key_table_grows (void)
{
  g_autoptr(DiptychKeyTable) keys = diptych_key_table_new ();

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%u", i);

      g_assert_cmpuint (diptych_key_table_intern (keys, word, strlen (word), DIPTYCH_TOKEN_WORD), ==, i);
    }
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%u", i);

      g_assert_cmpuint (diptych_key_table_intern (keys, word, strlen (word), DIPTYCH_TOKEN_WORD), ==, i);
      g_assert_cmpstr (diptych_key_table_lookup (keys, i), ==, word);
    }
  g_assert_cmpuint (diptych_key_table_get_n_keys (keys), ==, 5000);
}

static void
test_tokenizer_fold_space (void)
{
  g_autofree char *nbsp = diptych_fold_space ("a\u00A0\u2009b", strlen ("a\u00A0\u2009b"), FALSE);
  g_autofree char *crlf = diptych_fold_space ("\r\n\r", 3, TRUE);
  g_autofree char *crlf_kept = diptych_fold_space ("\r\n", 2, FALSE);

  g_assert_cmpstr (nbsp, ==, "a  b");
  g_assert_cmpstr (crlf, ==, "\n\n");
  g_assert_cmpstr (crlf_kept, ==, "\r\n");
  g_assert_true (diptych_is_space (0x00A0));
  g_assert_true (diptych_is_space (0x200B));
  g_assert_false (diptych_is_space ('x'));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/diptych/tokenizer/split/%u", i);

      g_test_add_data_func (path, &token_cases[i], test_tokenizer_split);
    }
  g_test_add_func ("/diptych/tokenizer/keys", test_tokenizer_keys);
  g_test_add_func ("/diptych/tokenizer/interned-keys", test_tokenizer_interned_keys);
  g_test_add_func ("/diptych/tokenizer/key-table-grows", test_tokenizer_key_table_grows);
  g_test_add_func ("/diptych/tokenizer/fold-space", test_tokenizer_fold_space);

  return g_test_run ();
}
