/* diptych-detect-task.c: the detectors with a GCancellable, and in a
 * worker thread for the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include "diptych-detect.h"

static gboolean
is_cancelled (gpointer user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

/**
 * diptych_detect_suggestions:
 * @text: an article
 * @cancellable: (nullable): stops the work; then the result is empty
 *
 * Finds casualty figures, the sources cited and the claims attributed to
 * them: diptych_detect_suggestions_full().
 *
 * Returns: (transfer container) (element-type DiptychSuggestion): the
 *   suggestions in text order
 */
GPtrArray *
diptych_detect_suggestions (DiptychText  *text,
                            GCancellable *cancellable)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  return diptych_detect_suggestions_full (text, cancellable != NULL ? is_cancelled : NULL,
                                          cancellable);
}

static void
detect_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GPtrArray *suggestions = diptych_detect_suggestions (task_data, cancellable);

  if (g_task_return_error_if_cancelled (task))
    g_ptr_array_unref (suggestions);
  else
    g_task_return_pointer (task, suggestions, (GDestroyNotify)g_ptr_array_unref);
}

/**
 * diptych_detect_suggestions_async:
 *
 * Runs diptych_detect_suggestions() in a thread.
 */
void
diptych_detect_suggestions_async (DiptychText         *text,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DIPTYCH_IS_TEXT (text));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_detect_suggestions_async);
  g_task_set_task_data (task, g_object_ref (text), g_object_unref);
  g_task_run_in_thread (task, detect_thread);
}

/**
 * diptych_detect_suggestions_finish:
 *
 * Returns: (transfer container) (element-type DiptychSuggestion): the
 *   suggestions, or %NULL with @error set when cancelled
 */
GPtrArray *
diptych_detect_suggestions_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
