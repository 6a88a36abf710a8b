/* test-diff-format.c: the diff's writers; here the web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-diff-format.h"

static DiptychDiff *
diff_strings (const char *a,
              const char *b)
{
  g_autoptr(DiptychText) left = diptych_text_new_from_string (a, "left");
  g_autoptr(DiptychText) right = diptych_text_new_from_string (b, "right");

  return diptych_diff_new (left, right);
}

static DiptychDiff *
diff_example_pair (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  const char *left_path = TEST_DATA_DIR "/000_623877efd72da243.txt";
  const char *right_path = TEST_DATA_DIR "/001_3071ba8c4e40be15.txt";

  g_file_get_contents (left_path, &a, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (right_path, &b, NULL, &error);
  g_assert_no_error (error);

  return diff_strings (a, b);
}

/* Every element opened is closed, in order; void elements and the doctype
 * stand alone. Attribute values never hold '<' or '>' (they are escaped).
 */
static void
assert_html_balanced (const char *html)
{
  static const char *void_elements[] = { "meta", "br", "hr", "link", NULL };
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  const char *p = html;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html>"));
  g_assert_true (g_utf8_validate (html, -1, NULL));

  while ((p = strchr (p, '<')) != NULL)
    {
      const char *end = strchr (p, '>');
      gboolean closing = p[1] == '/';
      const char *name_start = p + (closing ? 2 : 1);
      gsize name_len = strspn (name_start, "abcdefghijklmnopqrstuvwxyz0123456789");
      g_autofree char *name = g_strndup (name_start, name_len);

      g_assert_nonnull (end);
      g_assert_null (memchr (p + 1, '<', end - p - 1));

      if (p[1] == '!')
        ;
      else if (closing)
        {
          g_assert_cmpuint (stack->len, >, 0);
          g_assert_cmpstr (g_ptr_array_index (stack, stack->len - 1), ==, name);
          g_ptr_array_set_size (stack, stack->len - 1);
        }
      else
        {
          g_assert_cmpuint (name_len, >, 0);
          if (!g_strv_contains (void_elements, name))
            g_ptr_array_add (stack, g_steal_pointer (&name));
        }
      p = end + 1;
    }

  g_assert_cmpuint (stack->len, ==, 0);
  /* Self-contained: no scripts, nothing fetched. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "href="));
  g_assert_null (strstr (html, "url("));
}

static void
test_html_escapes (void)
{
  g_autoptr(DiptychDiff) diff =
    diff_strings ("Tom & Jerry said <b>no</b> to \"them\" at 5 > 4.\n",
                  "Tom & Jerry said <i>yes</i> to 'them' at 5 > 4.\n");
  g_autofree char *html = diptych_diff_to_html (diff, "a<b>.txt", "c&d.txt",
                                                DIPTYCH_ALL_CHANGE_CLASSES);

  assert_html_balanced (html);
  g_assert_nonnull (strstr (html, "Tom &amp; Jerry said &lt;"));
  g_assert_nonnull (strstr (html, "5 &gt; 4."));
  g_assert_nonnull (strstr (html, "<title>a&lt;b&gt;.txt \xe2\x86\x92 c&amp;d.txt</title>"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "<i>"));
  g_assert_null (strstr (html, "\"them\""));
  g_assert_nonnull (strstr (html, "&quot;"));
  g_assert_nonnull (strstr (html, "&#39;"));
  g_assert_nonnull (strstr (html, ">yes<"));
  g_assert_nonnull (strstr (html, ">no<"));
}

static void
test_html_control_characters (void)
{
  g_autoptr(DiptychDiff) diff = diff_strings ("one\x01 two\r\nthree", "one\x01 2\r\nthree");
  g_autofree char *html = diptych_diff_to_html (diff, "l", "r", DIPTYCH_ALL_CHANGE_CLASSES);

  assert_html_balanced (html);
  g_assert_null (strchr (html, '\x01'));
  g_assert_nonnull (strstr (html, "one\xef\xbf\xbd"));
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_html_every_change (void)
{
  g_autoptr(DiptychDiff) diff = diff_example_pair ();
  guint n = diptych_diff_get_n_changes (diff);
  guint shown = DIPTYCH_ALL_CHANGE_CLASSES & ~DIPTYCH_CHANGE_CLASS_BIT (DIPTYCH_CHANGE_CLASS_LAYOUT);
  g_autofree char *all = diptych_diff_to_html (diff, "original.txt", "republished.txt",
                                               DIPTYCH_ALL_CHANGE_CLASSES);
  g_autofree char *some = diptych_diff_to_html (diff, "original.txt", "republished.txt", shown);

  g_assert_cmpuint (n, >, 10);
  assert_html_balanced (all);
  assert_html_balanced (some);

  for (guint i = 0; i < n; i++)
    {
      const DiptychChange *change = diptych_diff_get_change (diff, i);
      g_autofree char *attribute = g_strdup_printf (" data-change=\"%u\" ", i);
      guint expected = (change->left_end > change->left_start) +
                       (change->right_end > change->right_start);

      /* A deletion, an insertion, or both for a replace or a move. */
      g_assert_cmpuint (count_occurrences (all, attribute), ==, expected);
      if (change->change_class == DIPTYCH_CHANGE_CLASS_LAYOUT)
        g_assert_cmpuint (count_occurrences (some, attribute), ==, 0);
      else
        g_assert_cmpuint (count_occurrences (some, attribute), ==, expected);
    }

  /* The unmarked text and the deletions are the left text. */
  g_assert_nonnull (strstr (all, "Secretary of State Rex Tillerson spoke by phone"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diptych/diff-format/html-escapes", test_html_escapes);
  g_test_add_func ("/diptych/diff-format/html-control-characters", test_html_control_characters);
  g_test_add_func ("/diptych/diff-format/html-every-change", test_html_every_change);

  return g_test_run ();
}
