/* diptych-annotation-document.c: one article's annotations, with their
 * sidecar, autosave and the rules for a new mark
 *
 * A document is one article file. It owns the annotations (a store) and
 * the sidecar they are saved to; it loads and saves in worker threads,
 * saves by itself a moment after each change, notices when someone else
 * saved the sidecar (and merges both on request), and watches the article
 * file for changes on disk. Views show its store and its state; changes
 * go through a DiptychAnnotationHistory.
 *
 * What is written is a snapshot taken on the main thread
 * (diptych_sidecar_to_bytes()), so editing goes on while a write runs;
 * one write runs at a time, and a change made meanwhile is saved after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diptych-annotation-document.h"
#include "diptych-annotation-place.h"
#include "diptych-casualty-parser.h"
#include "diptych-enums.h"
#include "diptych-text-file.h"

struct _DiptychAnnotationDocument
{
  GObject                 parent_instance;

  GFile                  *file;
  GFile                  *sidecar_file;
  DiptychText            *text;
  DiptychSidecar         *sidecar;
  DiptychAnnotationStore *store;

  DiptychDocumentState    state;
  GError                 *error;

  guint64                 changes;        /* counts changes to the store */
  guint64                 saved_changes;  /* ... of which these are on disk */
  guint                   autosave_delay;
  guint                   autosave_source;
  gboolean                writing;        /* a write runs in a thread */
  GApplication           *held;           /* held while it runs */
  GPtrArray              *waiting;        /* GTask: save requests for after it */

  GFileMonitor           *monitor;
  gboolean                article_changed;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationDocument, diptych_annotation_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (diptych-document-error-quark, diptych_document_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TEXT,
  PROP_STORE,
  PROP_STATE,
  PROP_MODIFIED,
  PROP_ARTICLE_CHANGED,
  PROP_AUTOSAVE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_write (DiptychAnnotationDocument *self);

static void
set_state (DiptychAnnotationDocument *self,
           DiptychDocumentState       state,
           const GError              *error)
{
  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

gboolean
diptych_annotation_document_get_modified (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), FALSE);
  return self->changes != self->saved_changes;
}

static gboolean
can_write (DiptychAnnotationDocument *self)
{
  return self->state != DIPTYCH_DOCUMENT_STATE_EMPTY &&
         self->state != DIPTYCH_DOCUMENT_STATE_LOADING &&
         self->state != DIPTYCH_DOCUMENT_STATE_READ_ONLY;
}

/* One write at a time; the application (if any) does not quit while it
 * runs, so that closing the last window never cuts a save short.
 */
static void
set_writing (DiptychAnnotationDocument *self,
             gboolean                   writing)
{
  if (self->writing == writing)
    return;
  self->writing = writing;
  if (writing && g_application_get_default () != NULL)
    {
      self->held = g_object_ref (g_application_get_default ());
      g_application_hold (self->held);
    }
  else if (!writing && self->held != NULL)
    {
      g_application_release (self->held);
      g_clear_object (&self->held);
    }
}

/* Autosave */

static gboolean
autosave_cb (gpointer data)
{
  DiptychAnnotationDocument *self = data;

  self->autosave_source = 0;
  if (!self->writing)
    start_write (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (DiptychAnnotationDocument *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
}

static void
store_changed_cb (DiptychAnnotationDocument *self)
{
  gboolean was_modified = diptych_annotation_document_get_modified (self);

  self->changes++;
  if (!was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  switch (self->state)
    {
    case DIPTYCH_DOCUMENT_STATE_SAVED:
      set_state (self, DIPTYCH_DOCUMENT_STATE_MODIFIED, NULL);
      schedule_autosave (self);
      break;
    case DIPTYCH_DOCUMENT_STATE_MODIFIED:
    case DIPTYCH_DOCUMENT_STATE_FAILED:  /* try again: the folder may be writable now */
      schedule_autosave (self);
      break;
    case DIPTYCH_DOCUMENT_STATE_SAVING:   /* saved after the running write */
    case DIPTYCH_DOCUMENT_STATE_CONFLICT: /* waits for a merge */
    case DIPTYCH_DOCUMENT_STATE_READ_ONLY:
    case DIPTYCH_DOCUMENT_STATE_EMPTY:
    case DIPTYCH_DOCUMENT_STATE_LOADING:
    default:
      break;
    }
}

static void
set_sidecar (DiptychAnnotationDocument *self,
             DiptychSidecar            *sidecar)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->sidecar, sidecar);
  g_clear_object (&self->store);
  if (sidecar != NULL)
    self->store = g_object_ref (diptych_sidecar_get_store (sidecar));
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Saving */

typedef struct
{
  DiptychSidecar *sidecar;
  GBytes         *bytes;
  guint64         changes;  /* the changes the bytes hold */
} Write;

static void
write_free (gpointer data)
{
  Write *write = data;

  g_clear_object (&write->sidecar);
  g_clear_pointer (&write->bytes, g_bytes_unref);
  g_free (write);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Write *write = task_data;
  GError *error = NULL;

  if (diptych_sidecar_write_bytes (write->sidecar, write->bytes, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
finish_waiting (DiptychAnnotationDocument *self)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (self->error != NULL && self->state != DIPTYCH_DOCUMENT_STATE_SAVED &&
          self->state != DIPTYCH_DOCUMENT_STATE_MODIFIED)
        g_task_return_error (task, g_error_copy (self->error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  DiptychAnnotationDocument *self = DIPTYCH_ANNOTATION_DOCUMENT (object);
  Write *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean was_modified = diptych_annotation_document_get_modified (self);

  set_writing (self, FALSE);

  if (write->sidecar != self->sidecar)
    {
      /* Replaced meanwhile (merged, saved elsewhere, reloaded). */
      finish_waiting (self);
      return;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gboolean conflict = g_error_matches (error, DIPTYCH_SIDECAR_ERROR,
                                           DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK);

      set_state (self, conflict ? DIPTYCH_DOCUMENT_STATE_CONFLICT : DIPTYCH_DOCUMENT_STATE_FAILED,
                 error);
      finish_waiting (self);
      return;
    }

  self->saved_changes = write->changes;
  if (diptych_annotation_document_get_modified (self) != was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  if (diptych_annotation_document_get_modified (self))
    {
      /* Changed during the write: once more, at once for those waiting. */
      if (self->waiting->len > 0)
        start_write (self);
      else
        {
          set_state (self, DIPTYCH_DOCUMENT_STATE_MODIFIED, NULL);
          schedule_autosave (self);
        }
      return;
    }

  set_state (self, DIPTYCH_DOCUMENT_STATE_SAVED, NULL);
  finish_waiting (self);
}

static void
start_write (DiptychAnnotationDocument *self)
{
  g_autoptr(GTask) task = NULL;
  Write *write;

  g_assert (!self->writing);
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!can_write (self) || self->state == DIPTYCH_DOCUMENT_STATE_CONFLICT ||
      !diptych_annotation_document_get_modified (self))
    {
      finish_waiting (self);
      return;
    }

  write = g_new0 (Write, 1);
  write->sidecar = g_object_ref (self->sidecar);
  write->bytes = diptych_sidecar_to_bytes (self->sidecar);
  write->changes = self->changes;

  set_writing (self, TRUE);
  set_state (self, DIPTYCH_DOCUMENT_STATE_SAVING, NULL);

  task = g_task_new (self, NULL, write_done_cb, NULL);
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, write, write_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * diptych_annotation_document_save_async:
 *
 * Saves what is not saved yet, now (after a write that runs already).
 * Finishes with an error when the sidecar cannot be written, is read-only,
 * or was changed on disk by someone else (then merge). Nothing is lost
 * when it fails: the annotations stay in the document.
 */
void
diptych_annotation_document_save_async (DiptychAnnotationDocument *self,
                                        GCancellable              *cancellable,
                                        GAsyncReadyCallback        callback,
                                        gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_annotation_document_save_async);

  if (!diptych_annotation_document_get_modified (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (self->state == DIPTYCH_DOCUMENT_STATE_READ_ONLY ||
      self->state == DIPTYCH_DOCUMENT_STATE_CONFLICT)
    {
      g_task_return_error (task, g_error_copy (self->error));
      return;
    }
  if (!can_write (self))
    {
      g_task_return_new_error (task, DIPTYCH_DOCUMENT_ERROR, DIPTYCH_DOCUMENT_ERROR_NO_TEXT,
                               _("The article is not loaded yet"));
      return;
    }

  g_ptr_array_add (self->waiting, g_steal_pointer (&task));
  if (!self->writing)
    start_write (self);
}

gboolean
diptych_annotation_document_save_finish (DiptychAnnotationDocument  *self,
                                         GAsyncResult               *result,
                                         GError                    **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Loading */

typedef struct
{
  DiptychText    *text;
  GFile          *sidecar_file;
  DiptychSidecar *old_sidecar;  /* to write first, with... */
  GBytes         *bytes;        /* ...these unsaved changes */
  GPtrArray      *unsaved;      /* copies of marks to keep if they cannot be written */
  DiptychSidecar *sidecar;      /* result */
  GError         *error;        /* why the sidecar could not be loaded */
  gboolean        still_modified;
  DiptychDocumentState previous_state;  /* to go back to when cancelled */
  GError         *previous_error;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->text);
  g_clear_object (&load->sidecar_file);
  g_clear_object (&load->old_sidecar);
  g_clear_pointer (&load->bytes, g_bytes_unref);
  g_clear_pointer (&load->unsaved, g_ptr_array_unref);
  g_clear_object (&load->sidecar);
  g_clear_error (&load->error);
  g_clear_error (&load->previous_error);
  g_free (load);
}

/* Puts @marks (placed in @text anew) into @store, in place of the ones
 * with the same id: they are newer than anything on disk.
 */
static void
keep_marks (DiptychAnnotationStore *store,
            GPtrArray              *marks,
            DiptychText            *text)
{
  diptych_annotation_place_all (marks, text, FALSE);
  for (guint i = 0; i < marks->len; i++)
    {
      DiptychAnnotation *mark = g_ptr_array_index (marks, i);
      DiptychAnnotation *old = diptych_annotation_store_lookup (store, diptych_annotation_get_id (mark));

      if (old != NULL)
        diptych_annotation_store_remove (store, old);
      diptych_annotation_store_add (store, mark);
    }
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;

  /* Unsaved marks of the text shown until now go to disk first, so that
   * loading places them in the new text like all the others.
   */
  if (load->bytes != NULL &&
      diptych_sidecar_write_bytes (load->old_sidecar, load->bytes, cancellable, NULL))
    g_clear_pointer (&load->unsaved, g_ptr_array_unref);

  load->sidecar = diptych_sidecar_load (load->text, load->sidecar_file, cancellable, &load->error);
  if (load->sidecar == NULL)
    {
      g_autoptr(DiptychAnnotationStore) empty = diptych_annotation_store_new (load->text);

      /* Kept in memory only: the file that could not be read stays as it is. */
      load->sidecar = diptych_sidecar_new (empty, load->sidecar_file);
    }

  if (load->unsaved != NULL && load->unsaved->len > 0)
    {
      keep_marks (diptych_sidecar_get_store (load->sidecar), load->unsaved, load->text);
      load->still_modified = TRUE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &load->error))
    g_task_return_error (task, g_error_copy (load->error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
article_changed_cb (DiptychAnnotationDocument *self,
                    GFile                     *file,
                    GFile                     *other_file,
                    GFileMonitorEvent          event,
                    GFileMonitor              *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      if (!self->article_changed)
        {
          self->article_changed = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_CHANGED]);
        }
      break;
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
watch_article (DiptychAnnotationDocument *self)
{
  if (self->monitor != NULL)
    return;

  /* Not every file system can be watched: then changes go unnoticed. */
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (article_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DiptychAnnotationDocument *self = DIPTYCH_ANNOTATION_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean was_modified = diptych_annotation_document_get_modified (self);

  set_writing (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Cancelled: what was shown stays. */
      set_state (self, load->previous_state, load->previous_error);
      if (diptych_annotation_document_get_modified (self))
        schedule_autosave (self);
      finish_waiting (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_set_object (&self->text, load->text);
  set_sidecar (self, load->sidecar);
  self->saved_changes = self->changes;
  if (load->still_modified)
    self->changes++;

  if (self->article_changed)
    {
      self->article_changed = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_CHANGED]);
    }
  watch_article (self);

  if (load->error != NULL)
    set_state (self, DIPTYCH_DOCUMENT_STATE_READ_ONLY, load->error);
  else if (diptych_sidecar_get_read_only (load->sidecar))
    {
      g_autofree char *name = g_file_get_parse_name (self->sidecar_file);
      g_autoptr(GError) read_only =
        g_error_new (DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_READ_ONLY,
                     _("“%s” was written by a newer version of Diptych (format version %d); "
                       "it is open read-only and changes will not be saved"),
                     name, (int)MIN (diptych_sidecar_get_version (load->sidecar), G_MAXINT));

      set_state (self, DIPTYCH_DOCUMENT_STATE_READ_ONLY, read_only);
    }
  else if (diptych_annotation_document_get_modified (self))
    {
      set_state (self, DIPTYCH_DOCUMENT_STATE_MODIFIED, NULL);
      schedule_autosave (self);
    }
  else
    set_state (self, DIPTYCH_DOCUMENT_STATE_SAVED, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  if (diptych_annotation_document_get_modified (self) != was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  finish_waiting (self);
  g_task_return_boolean (task, TRUE);
}

/**
 * diptych_annotation_document_load_async:
 * @text: the article as it is now, loaded from the document's file
 *
 * Loads the sidecar in a worker thread and places every annotation in
 * @text (exact, relocated, changed or orphaned: never dropped). Loading a
 * new text of the same article (it changed on disk) first saves what is
 * not saved yet, so that every mark is placed anew; marks that cannot be
 * saved are placed and kept in memory.
 *
 * A sidecar that cannot be read or that a newer version wrote leaves the
 * document read-only (the file is never written) with an error that says
 * why: loading itself only fails when cancelled.
 */
void
diptych_annotation_document_load_async (DiptychAnnotationDocument *self,
                                        DiptychText               *text,
                                        GCancellable              *cancellable,
                                        GAsyncReadyCallback        callback,
                                        gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;
  Load *load;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (self->state != DIPTYCH_DOCUMENT_STATE_LOADING);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_annotation_document_load_async);

  load = g_new0 (Load, 1);
  load->text = g_object_ref (text);
  load->sidecar_file = g_object_ref (self->sidecar_file);
  load->previous_state = self->state;
  load->previous_error = self->error ? g_error_copy (self->error) : NULL;

  if (self->store != NULL && diptych_annotation_document_get_modified (self))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

      if (can_write (self) && self->state != DIPTYCH_DOCUMENT_STATE_CONFLICT && !self->writing)
        {
          load->old_sidecar = g_object_ref (self->sidecar);
          load->bytes = diptych_sidecar_to_bytes (self->sidecar);
        }
      load->unsaved = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);

          g_ptr_array_add (load->unsaved, diptych_annotation_copy (a));
        }
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  set_writing (self, TRUE);  /* no other write while this one may run */
  set_state (self, DIPTYCH_DOCUMENT_STATE_LOADING, NULL);

  thread_task = g_task_new (self, cancellable, load_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (thread_task, load, load_free);
  g_task_set_return_on_cancel (thread_task, FALSE);
  g_task_run_in_thread (thread_task, load_thread);
}

gboolean
diptych_annotation_document_load_finish (DiptychAnnotationDocument  *self,
                                         GAsyncResult               *result,
                                         GError                    **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Merging and saving elsewhere */

typedef struct
{
  DiptychText    *text;
  GFile          *file;
  GBytes         *bytes;    /* save as: what to write first */
  DiptychSidecar *sidecar;  /* result */
} Reread;

static void
reread_free (gpointer data)
{
  Reread *reread = data;

  g_clear_object (&reread->text);
  g_clear_object (&reread->file);
  g_clear_pointer (&reread->bytes, g_bytes_unref);
  g_clear_object (&reread->sidecar);
  g_free (reread);
}

static void
reread_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Reread *reread = task_data;
  GError *error = NULL;

  if (reread->bytes != NULL &&
      !g_file_replace_contents (reread->file, g_bytes_get_data (reread->bytes, NULL),
                                g_bytes_get_size (reread->bytes), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    {
      g_autofree char *name = g_file_get_parse_name (reread->file);

      g_task_return_new_error (task, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_WRITE,
                               _("“%s” cannot be saved (%s)"), name, error->message);
      g_error_free (error);
      return;
    }

  /* Read back: what was just written, or what someone else saved. */
  reread->sidecar = diptych_sidecar_load (reread->text, reread->file, cancellable, &error);
  if (reread->sidecar == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
start_reread (DiptychAnnotationDocument *self,
              GFile                     *file,
              GBytes                    *bytes,
              GTask                     *task,
              GAsyncReadyCallback        done)
{
  g_autoptr(GTask) thread_task = NULL;
  Reread *reread = g_new0 (Reread, 1);

  reread->text = g_object_ref (self->text);
  reread->file = g_object_ref (file);
  reread->bytes = bytes ? g_bytes_ref (bytes) : NULL;

  thread_task = g_task_new (self, g_task_get_cancellable (task), done, g_object_ref (task));
  g_task_set_task_data (thread_task, reread, reread_free);
  g_task_run_in_thread (thread_task, reread_thread);
}

static void
merge_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (diptych_annotation_document_save_finish (DIPTYCH_ANNOTATION_DOCUMENT (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
merge_reread_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DiptychAnnotationDocument *self = DIPTYCH_ANNOTATION_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  Reread *reread = g_task_get_task_data (G_TASK (result));
  DiptychAnnotationStore *theirs;
  GCancellable *cancellable;
  GError *error = NULL;
  guint n;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Of each annotation, the version modified last; ours that are not on
   * disk are added. Neither side's work is lost.
   */
  theirs = diptych_sidecar_get_store (reread->sidecar);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) mine = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      DiptychAnnotation *other = diptych_annotation_store_lookup (theirs, diptych_annotation_get_id (mine));
      g_autoptr(DiptychAnnotation) copy = NULL;

      /* Times are kept to the second: a tie goes to the one on screen. */
      if (other != NULL &&
          (diptych_annotation_equal (other, mine) ||
           g_date_time_compare (diptych_annotation_get_modified (other),
                                diptych_annotation_get_modified (mine)) > 0))
        continue;
      if (other != NULL)
        diptych_annotation_store_remove (theirs, other);
      copy = diptych_annotation_copy (mine);
      diptych_annotation_store_add (theirs, copy);
    }

  /* Rejections are kept from both sides. */
  for (guint i = 0; i < diptych_annotation_store_get_n_rejected (self->store); i++)
    {
      const DiptychRejectedSuggestion *r = diptych_annotation_store_get_rejected (self->store, i);

      diptych_annotation_store_reject_suggestion (theirs, r->kind, r->start, r->end, r->text);
    }

  set_sidecar (self, reread->sidecar);
  self->changes++;
  set_state (self, DIPTYCH_DOCUMENT_STATE_MODIFIED, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  cancellable = g_task_get_cancellable (task);
  diptych_annotation_document_save_async (self, cancellable, merge_saved_cb, g_steal_pointer (&task));
}

/**
 * diptych_annotation_document_merge_async:
 *
 * After someone else saved the sidecar (the state is
 * %DIPTYCH_DOCUMENT_STATE_CONFLICT): reads it again, keeps of each
 * annotation the version modified last, adds those only in memory, and
 * saves.
 */
void
diptych_annotation_document_merge_async (DiptychAnnotationDocument *self,
                                         GCancellable              *cancellable,
                                         GAsyncReadyCallback        callback,
                                         gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_annotation_document_merge_async);

  if (self->text == NULL || self->writing)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY, _("The annotations are being saved"));
      return;
    }
  start_reread (self, self->sidecar_file, NULL, task, merge_reread_cb);
}

gboolean
diptych_annotation_document_merge_finish (DiptychAnnotationDocument  *self,
                                          GAsyncResult               *result,
                                          GError                    **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_as_reread_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  DiptychAnnotationDocument *self = DIPTYCH_ANNOTATION_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  Reread *reread = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gboolean was_modified = diptych_annotation_document_get_modified (self);

  set_writing (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      finish_waiting (self);
      g_task_return_error (task, error);
      return;
    }

  /* From now on the annotations are saved there. */
  g_set_object (&self->sidecar_file, reread->file);
  set_sidecar (self, reread->sidecar);
  self->saved_changes = self->changes;
  set_state (self, DIPTYCH_DOCUMENT_STATE_SAVED, NULL);
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  finish_waiting (self);
  g_task_return_boolean (task, TRUE);
}

/**
 * diptych_annotation_document_save_as_async:
 * @sidecar: where to save; an existing file is replaced (ask first)
 *
 * Saves the annotations to @sidecar, reads them back from there, and
 * saves there from then on: for when the sidecar beside the article
 * cannot be written, or must not be.
 */
void
diptych_annotation_document_save_as_async (DiptychAnnotationDocument *self,
                                           GFile                     *sidecar,
                                           GCancellable              *cancellable,
                                           GAsyncReadyCallback        callback,
                                           gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (sidecar));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_annotation_document_save_as_async);

  if (self->text == NULL || self->writing)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY, _("The annotations are being saved"));
      return;
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  bytes = diptych_sidecar_to_bytes (self->sidecar);
  set_writing (self, TRUE);
  start_reread (self, sidecar, bytes, task, save_as_reread_cb);
}

gboolean
diptych_annotation_document_save_as_finish (DiptychAnnotationDocument  *self,
                                            GAsyncResult               *result,
                                            GError                    **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* New marks */

/* Whether [@start, @end) holds a letter or digit. */
static gboolean
has_words (DiptychText *text,
           gsize        start,
           gsize        end)
{
  g_autofree char *words = diptych_text_dup_range (text, start, end);

  for (const char *p = words; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * diptych_annotation_document_prepare_mark:
 * @existing: (out): set to whether the result is a mark already there
 *
 * Applies the rules for a new mark of [@start, @end): spaces around it are
 * left out, it is widened to whole words, a selection of nothing but
 * spaces or punctuation is refused, and a mark of the same kind on the
 * same words is returned instead of a second one. A new source is named by
 * its words; a new casualty figure gets the fields its words give.
 *
 * Returns: (transfer full) (nullable): a new annotation for the caller to
 *   add (through the history), or the existing one, or %NULL with @error
 */
DiptychAnnotation *
diptych_annotation_document_prepare_mark (DiptychAnnotationDocument *self,
                                          DiptychAnnotationKind      kind,
                                          gsize                      start,
                                          gsize                      end,
                                          gboolean                  *existing,
                                          GError                   **error)
{
  g_autoptr(DiptychAnnotation) annotation = NULL;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);
  g_return_val_if_fail (existing != NULL, NULL);

  *existing = FALSE;
  if (self->text == NULL || self->store == NULL || self->state == DIPTYCH_DOCUMENT_STATE_LOADING)
    {
      g_set_error_literal (error, DIPTYCH_DOCUMENT_ERROR, DIPTYCH_DOCUMENT_ERROR_NO_TEXT,
                           _("The article is not loaded yet"));
      return NULL;
    }

  diptych_anchor_snap_to_words (self->text, &start, &end);
  if (start >= end || !has_words (self->text, start, end))
    {
      g_set_error_literal (error, DIPTYCH_DOCUMENT_ERROR, DIPTYCH_DOCUMENT_ERROR_NO_WORDS,
                           _("Select some words to mark: the selection holds none"));
      return NULL;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (diptych_annotation_get_start (a) > start)
        break;
      if (diptych_annotation_get_start (a) == start && diptych_annotation_get_end (a) == end &&
          diptych_annotation_get_kind (a) == kind &&
          diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED)
        {
          *existing = TRUE;
          return g_steal_pointer (&a);
        }
    }

  annotation = diptych_annotation_new (kind, self->text, start, end);
  if (kind == DIPTYCH_ANNOTATION_SOURCE)
    {
      g_auto(GStrv) words = g_strsplit_set (diptych_annotation_get_exact (annotation), " \t\r\n", -1);
      g_autofree char *joined = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;
      DiptychSource source = { NULL, DIPTYCH_SOURCE_OTHER };

      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          g_strv_builder_add (builder, words[i]);
      kept = g_strv_builder_end (builder);
      joined = g_strjoinv (" ", kept);
      source.name = joined;
      diptych_annotation_set_source (annotation, &source);
    }
  else if (kind == DIPTYCH_ANNOTATION_CASUALTY)
    {
      DiptychCasualty casualty;

      diptych_casualty_parse (diptych_annotation_get_exact (annotation), &casualty);
      diptych_annotation_set_casualty (annotation, &casualty);
      diptych_casualty_clear (&casualty);
    }

  return g_steal_pointer (&annotation);
}

/**
 * diptych_annotation_document_at_offset:
 *
 * Returns: (transfer none) (nullable): the innermost placed annotation
 *   covering @offset
 */
DiptychAnnotation *
diptych_annotation_document_at_offset (DiptychAnnotationDocument *self,
                                       gsize                      offset)
{
  DiptychAnnotation *best = NULL;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);

  if (self->store == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      gsize s = diptych_annotation_get_start (a), e = diptych_annotation_get_end (a);

      if (s > offset)
        break;
      if (offset < e && diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED &&
          (best == NULL || e - s < diptych_annotation_get_end (best) - diptych_annotation_get_start (best)))
        best = a;
    }
  return best;
}

/* Accessors */

GFile *
diptych_annotation_document_get_file (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);
  return self->file;
}

/**
 * diptych_annotation_document_set_sidecar_file:
 * @sidecar: where the sidecar is, instead of beside the article
 *
 * Reads and writes the annotations at @sidecar: in the Flatpak sandbox, the
 * sidecar in a folder the portal granted. Call it before loading.
 */
void
diptych_annotation_document_set_sidecar_file (DiptychAnnotationDocument *self,
                                              GFile                     *sidecar)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (sidecar));
  g_return_if_fail (diptych_annotation_document_get_text (self) == NULL);

  g_set_object (&self->sidecar_file, sidecar);
}

/**
 * diptych_annotation_document_get_sidecar_file:
 *
 * Returns: (transfer none): where the annotations are saved
 */
GFile *
diptych_annotation_document_get_sidecar_file (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);
  return self->sidecar_file;
}

/**
 * diptych_annotation_document_get_text:
 *
 * Returns: (transfer none) (nullable): the article, once loaded
 */
DiptychText *
diptych_annotation_document_get_text (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);
  return self->text;
}

/**
 * diptych_annotation_document_get_store:
 *
 * Returns: (transfer none) (nullable): the annotations, once loaded
 */
DiptychAnnotationStore *
diptych_annotation_document_get_store (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);
  return self->store;
}

DiptychDocumentState
diptych_annotation_document_get_state (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), DIPTYCH_DOCUMENT_STATE_EMPTY);
  return self->state;
}

/**
 * diptych_annotation_document_get_error:
 *
 * Returns: (nullable): why the annotations are not saved (failed,
 *   conflict, read-only)
 */
const GError *
diptych_annotation_document_get_error (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), NULL);
  return self->error;
}

/**
 * diptych_annotation_document_get_sidecar_exists:
 *
 * Returns: whether there is a sidecar on disk (loaded or saved)
 */
gboolean
diptych_annotation_document_get_sidecar_exists (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), FALSE);
  return self->sidecar != NULL && diptych_sidecar_get_existed (self->sidecar);
}

/**
 * diptych_annotation_document_get_article_changed:
 *
 * Returns: whether the article file changed on disk since it was loaded
 */
gboolean
diptych_annotation_document_get_article_changed (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), FALSE);
  return self->article_changed;
}

guint
diptych_annotation_document_get_autosave_delay (DiptychAnnotationDocument *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self), 0);
  return self->autosave_delay;
}

void
diptych_annotation_document_set_autosave_delay (DiptychAnnotationDocument *self,
                                                guint                      delay_ms)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (self));

  if (self->autosave_delay == delay_ms)
    return;
  self->autosave_delay = delay_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

/* GObject */

static void
diptych_annotation_document_dispose (GObject *object)
{
  DiptychAnnotationDocument *self = (DiptychAnnotationDocument *)object;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  G_OBJECT_CLASS (diptych_annotation_document_parent_class)->dispose (object);
}

static void
diptych_annotation_document_finalize (GObject *object)
{
  DiptychAnnotationDocument *self = (DiptychAnnotationDocument *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->sidecar_file);
  g_clear_object (&self->text);
  g_clear_object (&self->sidecar);
  g_clear_object (&self->store);
  g_clear_error (&self->error);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);

  G_OBJECT_CLASS (diptych_annotation_document_parent_class)->finalize (object);
}

static void
diptych_annotation_document_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  DiptychAnnotationDocument *self = DIPTYCH_ANNOTATION_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TEXT:
      g_value_set_object (value, self->text);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, diptych_annotation_document_get_modified (self));
      break;
    case PROP_ARTICLE_CHANGED:
      g_value_set_boolean (value, self->article_changed);
      break;
    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_annotation_document_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  DiptychAnnotationDocument *self = DIPTYCH_ANNOTATION_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_AUTOSAVE_DELAY:
      diptych_annotation_document_set_autosave_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_annotation_document_constructed (GObject *object)
{
  DiptychAnnotationDocument *self = (DiptychAnnotationDocument *)object;

  G_OBJECT_CLASS (diptych_annotation_document_parent_class)->constructed (object);

  g_assert (G_IS_FILE (self->file));
  self->sidecar_file = diptych_sidecar_file_for_article (self->file);
}

static void
diptych_annotation_document_class_init (DiptychAnnotationDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = diptych_annotation_document_constructed;
  object_class->dispose = diptych_annotation_document_dispose;
  object_class->finalize = diptych_annotation_document_finalize;
  object_class->get_property = diptych_annotation_document_get_property;
  object_class->set_property = diptych_annotation_document_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_object ("text", NULL, NULL, DIPTYCH_TYPE_TEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DIPTYCH_TYPE_ANNOTATION_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, DIPTYCH_TYPE_DOCUMENT_STATE, DIPTYCH_DOCUMENT_STATE_EMPTY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE_CHANGED] =
    g_param_spec_boolean ("article-changed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 0, G_MAXUINT, 1000,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diptych_annotation_document_init (DiptychAnnotationDocument *self)
{
  self->autosave_delay = 1000;
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * diptych_annotation_document_new:
 * @article: the article file
 *
 * Returns: (transfer full): a document with nothing loaded yet
 */
DiptychAnnotationDocument *
diptych_annotation_document_new (GFile *article)
{
  g_return_val_if_fail (G_IS_FILE (article), NULL);

  return g_object_new (DIPTYCH_TYPE_ANNOTATION_DOCUMENT, "file", article, NULL);
}
