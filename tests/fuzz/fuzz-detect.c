/* fuzz-detect.c: an article → suggestions, and their invariants
 *
 * Each suggestion's span lies within the text and is its text, ids count
 * from s1 in text order, links point back to suggestions of the right
 * kind, and the article read in three parts gives what it gives whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-detect-private.h"
#include "diptych-detect.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_link (GPtrArray             *suggestions,
            guint                  from,
            guint                  id,
            DiptychAnnotationKind  kind)
{
  const DiptychSuggestionView *target;

  if (id == 0)
    return;
  g_assert_cmpuint (id, <=, suggestions->len);
  g_assert_cmpuint (id, !=, from);
  target = g_ptr_array_index (suggestions, id - 1);
  g_assert_cmpint (target->kind, ==, kind);
}

static GPtrArray *
views (DiptychDetection *detection)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < diptych_detection_get_n_suggestions (detection); i++)
    {
      DiptychSuggestionView *view = g_new (DiptychSuggestionView, 1);

      diptych_detection_get_view (detection, i, view);
      g_ptr_array_add (all, view);
    }
  return all;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *contents = g_strndup ((const char *)data, size);
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(DiptychDetection) whole = NULL;
  g_autoptr(DiptychDetection) parts = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) found_in_parts = NULL;
  gsize n_chars;

  if (strlen (contents) != size || !g_utf8_validate (contents, -1, NULL))
    return 0;
  text = diptych_text_new_from_string (contents, "fuzz.txt");
  n_chars = diptych_text_get_n_chars (text);

  _diptych_detect_set_parts (1, 1);
  whole = diptych_detection_new (text, NULL, NULL);
  found = views (whole);
  for (guint i = 0; i < found->len; i++)
    {
      const DiptychSuggestionView *s = g_ptr_array_index (found, i);
      g_autofree char *span = NULL;

      g_assert_cmpuint (s->id, ==, i + 1);
      g_assert_cmpuint (s->start, <, s->end);
      g_assert_cmpuint (s->end, <=, n_chars);
      span = diptych_text_dup_range (text, s->start, s->end);
      g_assert_cmpuint (strlen (span), ==, s->text_len);
      g_assert_true (memcmp (span, s->text, s->text_len) == 0);
      if (i > 0)
        g_assert_cmpuint (((const DiptychSuggestionView *)g_ptr_array_index (found, i - 1))->start, <=, s->start);
      switch (s->kind)
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          check_link (found, s->id, s->subset_of, DIPTYCH_ANNOTATION_CASUALTY);
          check_link (found, s->id, s->source, DIPTYCH_ANNOTATION_SOURCE);
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          check_link (found, s->id, s->source, DIPTYCH_ANNOTATION_SOURCE);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          g_assert_true (s->name == s->text && s->name_len == s->text_len);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* Parts of at least 64 bytes, cut at line breaks */
  _diptych_detect_set_parts (3, 64);
  parts = diptych_detection_new (text, NULL, NULL);
  found_in_parts = views (parts);
  g_assert_cmpuint (found_in_parts->len, ==, found->len);
  for (guint i = 0; i < found->len; i++)
    {
      const DiptychSuggestionView *a = g_ptr_array_index (found, i);
      const DiptychSuggestionView *b = g_ptr_array_index (found_in_parts, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpuint (a->subset_of, ==, b->subset_of);
      g_assert_cmpuint (a->source, ==, b->source);
      g_assert_cmpint (a->source_type, ==, b->source_type);
      g_assert_cmpint (a->casualty.outcome, ==, b->casualty.outcome);
      g_assert_cmpint (a->casualty.value, ==, b->casualty.value);
      g_assert_cmpint (a->casualty.low, ==, b->casualty.low);
      g_assert_cmpint (a->casualty.high, ==, b->casualty.high);
      g_assert_cmpint (a->casualty.qualifier, ==, b->casualty.qualifier);
      g_assert_cmpint (a->casualty.group, ==, b->casualty.group);
    }
  return 0;
}
