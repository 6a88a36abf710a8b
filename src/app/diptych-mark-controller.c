/* diptych-mark-controller.c: marking, selecting, deleting and undoing
 * annotations in both panes of a pair
 *
 * Every change to the annotations goes through here, so that each can be
 * undone: an undo entry keeps copies of the annotation before and after
 * (no copy before: it was made; none after: it was deleted).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-mark-controller"

#include "config.h"

#include "diptych-mark-controller.h"

typedef struct
{
  DiptychSide        side;
  DiptychAnnotation *before;  /* nullable */
  DiptychAnnotation *after;   /* nullable */
} Change;

struct _DiptychMarkController
{
  GObject            parent_instance;

  DiptychPairView   *pair_view;   /* weak */
  GArray            *undo;        /* Change */
  GArray            *redo;        /* Change */
  DiptychSide        selected_side;
  DiptychAnnotation *selected;
};

G_DEFINE_FINAL_TYPE (DiptychMarkController, diptych_mark_controller, G_TYPE_OBJECT)

enum {
  CHANGED,
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
change_clear (gpointer data)
{
  Change *change = data;

  g_clear_object (&change->before);
  g_clear_object (&change->after);
}

static DiptychTextPane *
pane_of (DiptychMarkController *self,
         DiptychSide            side)
{
  return diptych_pair_view_get_pane (self->pair_view, side);
}

static DiptychAnnotationStore *
store_of (DiptychMarkController *self,
          DiptychSide            side)
{
  return diptych_annotation_layer_get_store (diptych_text_pane_get_layer (pane_of (self, side)));
}

/* The pane the user is working in: the one with the focus or, failing
 * that, with a selection.
 */
static gboolean
active_side (DiptychMarkController *self,
             DiptychSide           *side)
{
  for (guint s = 0; s < 2; s++)
    if (gtk_widget_has_focus (GTK_WIDGET (diptych_text_pane_get_view (pane_of (self, s)))))
      {
        *side = s;
        return TRUE;
      }
  for (guint s = 0; s < 2; s++)
    if (gtk_text_buffer_get_has_selection (diptych_text_pane_get_buffer (pane_of (self, s))))
      {
        *side = s;
        return TRUE;
      }
  return FALSE;
}

static void
push (GArray            *stack,
      DiptychSide        side,
      DiptychAnnotation *before,
      DiptychAnnotation *after)
{
  Change change = {
    side,
    before ? diptych_annotation_copy (before) : NULL,
    after ? diptych_annotation_copy (after) : NULL,
  };

  g_array_append_val (stack, change);
}

static void
record (DiptychMarkController *self,
        DiptychSide            side,
        DiptychAnnotation     *before,
        DiptychAnnotation     *after)
{
  push (self->undo, side, before, after);
  g_array_set_size (self->redo, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_mark_controller_record_edit:
 * @before: a copy of the annotation before the edit
 * @after: the annotation after it
 *
 * Makes an edit of attributes undoable.
 */
void
diptych_mark_controller_record_edit (DiptychMarkController *self,
                                     DiptychSide            side,
                                     DiptychAnnotation     *before,
                                     DiptychAnnotation     *after)
{
  g_return_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self));

  record (self, side, before, after);
}

void
diptych_mark_controller_select (DiptychMarkController *self,
                                DiptychSide            side,
                                DiptychAnnotation     *annotation)
{
  g_return_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self));

  self->selected_side = side;
  g_set_object (&self->selected, annotation);

  if (annotation != NULL && diptych_annotation_get_anchor (annotation) != DIPTYCH_ANCHOR_ORPHANED)
    diptych_text_view_set_outline (diptych_text_pane_get_view (pane_of (self, side)),
                                   diptych_annotation_get_start (annotation),
                                   diptych_annotation_get_end (annotation));
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_mark_controller_get_selected:
 * @side: (out) (optional): the side of the selected annotation
 *
 * Returns: (transfer none) (nullable): the selected annotation
 */
DiptychAnnotation *
diptych_mark_controller_get_selected (DiptychMarkController *self,
                                      DiptychSide           *side)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), NULL);

  if (side != NULL)
    *side = self->selected_side;
  return self->selected;
}

/**
 * diptych_mark_controller_mark:
 *
 * Marks the text selected in the active pane as @kind.
 *
 * Returns: (transfer none) (nullable): the new annotation, or %NULL when
 *   nothing is selected
 */
DiptychAnnotation *
diptych_mark_controller_mark (DiptychMarkController *self,
                              DiptychAnnotationKind  kind)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  DiptychAnnotation *annotation;
  DiptychSide side;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), NULL);

  if (!active_side (self, &side))
    return NULL;
  buffer = diptych_text_pane_get_buffer (pane_of (self, side));
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;

  annotation = diptych_annotation_layer_mark (diptych_text_pane_get_layer (pane_of (self, side)), kind,
                                              gtk_text_iter_get_offset (&start),
                                              gtk_text_iter_get_offset (&end));
  if (annotation == NULL)
    return NULL;

  record (self, side, NULL, annotation);
  diptych_mark_controller_select (self, side, annotation);
  return annotation;
}

/**
 * diptych_mark_controller_delete:
 *
 * Removes the selected annotation (undoably).
 *
 * Returns: whether one was removed
 */
gboolean
diptych_mark_controller_delete (DiptychMarkController *self)
{
  g_autoptr(DiptychAnnotation) annotation = NULL;
  DiptychSide side;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);

  if (self->selected == NULL)
    return FALSE;

  annotation = g_object_ref (self->selected);
  side = self->selected_side;
  if (!diptych_annotation_store_remove (store_of (self, side), annotation))
    return FALSE;

  diptych_text_view_set_outline (diptych_text_pane_get_view (pane_of (self, side)), -1, -1);
  g_clear_object (&self->selected);
  record (self, side, annotation, NULL);
  g_signal_emit (self, signals[REMOVED], 0, annotation);
  return TRUE;
}

/* Puts @to in place of @from (either may be NULL) in the store of @side. */
static void
apply (DiptychMarkController *self,
       DiptychSide            side,
       DiptychAnnotation     *from,
       DiptychAnnotation     *to)
{
  DiptychAnnotationStore *store = store_of (self, side);

  if (store == NULL)
    return;

  if (from != NULL)
    {
      DiptychAnnotation *current = diptych_annotation_store_lookup (store, diptych_annotation_get_id (from));

      if (current == self->selected)
        g_clear_object (&self->selected);
      if (current != NULL)
        diptych_annotation_store_remove (store, current);
    }
  if (to != NULL)
    {
      g_autoptr(DiptychAnnotation) copy = diptych_annotation_copy (to);

      diptych_annotation_store_add (store, copy);
      diptych_mark_controller_select (self, side, copy);
    }
  else
    diptych_text_view_set_outline (diptych_text_pane_get_view (pane_of (self, side)), -1, -1);
}

static gboolean
step (DiptychMarkController *self,
      GArray                *from_stack,
      GArray                *to_stack,
      gboolean               backwards)
{
  Change change;

  if (from_stack->len == 0)
    return FALSE;

  change = g_array_index (from_stack, Change, from_stack->len - 1);
  /* Move the entry across without freeing its copies. */
  g_array_index (from_stack, Change, from_stack->len - 1).before = NULL;
  g_array_index (from_stack, Change, from_stack->len - 1).after = NULL;
  g_array_set_size (from_stack, from_stack->len - 1);

  if (backwards)
    apply (self, change.side, change.after, change.before);
  else
    apply (self, change.side, change.before, change.after);

  g_array_append_val (to_stack, change);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
diptych_mark_controller_undo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return step (self, self->undo, self->redo, TRUE);
}

gboolean
diptych_mark_controller_redo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return step (self, self->redo, self->undo, FALSE);
}

gboolean
diptych_mark_controller_can_undo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return self->undo->len > 0;
}

gboolean
diptych_mark_controller_can_redo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return self->redo->len > 0;
}

/**
 * diptych_mark_controller_select_next:
 * @direction: 1 for the next annotation, -1 for the previous one
 *
 * Selects the next placed annotation of the active pane after (or before)
 * the selected one or the cursor, and scrolls to it.
 *
 * Returns: whether there was one
 */
gboolean
diptych_mark_controller_select_next (DiptychMarkController *self,
                                     int                    direction)
{
  DiptychAnnotationStore *store;
  GtkTextBuffer *buffer;
  GtkTextIter cursor;
  DiptychSide side;
  gint n, from, i;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);

  if (!active_side (self, &side))
    side = self->selected_side;
  store = store_of (self, side);
  if (store == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  buffer = diptych_text_pane_get_buffer (pane_of (self, side));
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));

  /* Where to start: at the selected annotation, else at the cursor. */
  from = direction > 0 ? -1 : n;
  for (i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (self->selected != NULL && side == self->selected_side)
        {
          if (a == self->selected)
            {
              from = i;
              break;
            }
        }
      else if (diptych_annotation_get_start (a) >= (gsize)gtk_text_iter_get_offset (&cursor))
        {
          from = direction > 0 ? i - 1 : i;
          break;
        }
    }

  for (i = from + direction; i >= 0 && i < n; i += direction)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      GtkTextIter iter;

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;

      diptych_mark_controller_select (self, side, a);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, diptych_annotation_get_start (a));
      gtk_text_buffer_place_cursor (buffer, &iter);
      gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (diptych_text_pane_get_view (pane_of (self, side))),
                                    &iter, 0.2, FALSE, 0, 0);
      return TRUE;
    }
  return FALSE;
}

/* Clicking (or moving the cursor) into a marked span selects the mark. */
static void
cursor_moved_cb (DiptychMarkController *self,
                 GParamSpec            *pspec,
                 GtkTextBuffer         *buffer)
{
  for (guint side = 0; side < 2; side++)
    {
      DiptychTextPane *pane = pane_of (self, side);
      GtkTextIter cursor;
      DiptychAnnotation *at;

      if (diptych_text_pane_get_buffer (pane) != buffer)
        continue;

      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      at = diptych_annotation_layer_at_offset (diptych_text_pane_get_layer (pane),
                                               gtk_text_iter_get_offset (&cursor));
      if (at != NULL && at != self->selected)
        diptych_mark_controller_select (self, side, at);
    }
}

static void
diptych_mark_controller_dispose (GObject *object)
{
  DiptychMarkController *self = (DiptychMarkController *)object;

  g_clear_object (&self->selected);
  g_clear_weak_pointer (&self->pair_view);

  G_OBJECT_CLASS (diptych_mark_controller_parent_class)->dispose (object);
}

static void
diptych_mark_controller_finalize (GObject *object)
{
  DiptychMarkController *self = (DiptychMarkController *)object;

  g_array_unref (self->undo);
  g_array_unref (self->redo);

  G_OBJECT_CLASS (diptych_mark_controller_parent_class)->finalize (object);
}

static void
diptych_mark_controller_class_init (DiptychMarkControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diptych_mark_controller_dispose;
  object_class->finalize = diptych_mark_controller_finalize;

  /**
   * DiptychMarkController::changed:
   *
   * The selection, or what can be undone or redone, changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * DiptychMarkController::removed:
   *
   * An annotation was deleted by the user (not by undo).
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, DIPTYCH_TYPE_ANNOTATION);
}

static void
diptych_mark_controller_init (DiptychMarkController *self)
{
  self->undo = g_array_new (FALSE, FALSE, sizeof (Change));
  self->redo = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (self->undo, change_clear);
  g_array_set_clear_func (self->redo, change_clear);
}

DiptychMarkController *
diptych_mark_controller_new (DiptychPairView *pair_view)
{
  DiptychMarkController *self;

  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (pair_view), NULL);

  self = g_object_new (DIPTYCH_TYPE_MARK_CONTROLLER, NULL);
  g_set_weak_pointer (&self->pair_view, pair_view);
  for (guint side = 0; side < 2; side++)
    g_signal_connect_object (diptych_text_pane_get_buffer (pane_of (self, side)),
                             "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self,
                             G_CONNECT_SWAPPED);
  return self;
}
