/* fuzz-diff.c: two texts → diff, and its invariants
 *
 * The input is split at its first NUL (or in half) into a left and a right
 * text. Every change lies within both texts, changes other than moves come
 * in left order, and equal texts have none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-diff.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const guint8 *nul = memchr (data, 0, size);
  gsize split = nul ? (gsize)(nul - data) : size / 2;
  g_autofree char *left_str = g_strndup ((const char *)data, split);
  g_autofree char *right_str = g_strndup ((const char *)data + MIN (split + (nul != NULL), size),
                                          size - MIN (split + (nul != NULL), size));
  g_autoptr(DiptychText) left = NULL;
  g_autoptr(DiptychText) right = NULL;
  g_autoptr(DiptychDiff) diff = NULL;
  gsize n_left, n_right, previous_start = 0;
  guint n;

  if (!g_utf8_validate (left_str, -1, NULL) || !g_utf8_validate (right_str, -1, NULL))
    return 0;
  left = diptych_text_new_from_string (left_str, NULL);
  right = diptych_text_new_from_string (right_str, NULL);
  if (left == NULL || right == NULL)
    return 0;
  n_left = diptych_text_get_n_chars (left);
  n_right = diptych_text_get_n_chars (right);

  diff = diptych_diff_new (left, right);
  n = diptych_diff_get_n_changes (diff);
  for (guint i = 0; i < n; i++)
    {
      const DiptychChange *change = diptych_diff_get_change (diff, i);

      g_assert_cmpuint (change->left_start, <=, change->left_end);
      g_assert_cmpuint (change->left_end, <=, n_left);
      g_assert_cmpuint (change->right_start, <=, change->right_end);
      g_assert_cmpuint (change->right_end, <=, n_right);
      if (change->op != DIPTYCH_CHANGE_MOVE)
        {
          g_assert_cmpuint (change->left_start, >=, previous_start);
          previous_start = change->left_start;
        }
    }
  if (g_str_equal (left_str, right_str))
    g_assert_cmpuint (n, ==, 0);
  return 0;
}
