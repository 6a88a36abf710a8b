/* diptych-mark-controller.c: marking, selecting, deleting and undoing
 * annotations in both panes of a pair
 *
 * The controller turns what the user does in the panes into changes of
 * the documents shown, made through the history (so that each can be
 * undone, in its own document), and keeps the selected mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-mark-controller"

#include "config.h"

#include "diptych-casualty-parser.h"
#include "diptych-mark-controller.h"

struct _DiptychMarkController
{
  GObject                   parent_instance;

  DiptychPairView          *pair_view;   /* weak */
  DiptychAnnotationHistory *history;
  DiptychSide               selected_side;
  DiptychAnnotation        *selected;
};

G_DEFINE_FINAL_TYPE (DiptychMarkController, diptych_mark_controller, G_TYPE_OBJECT)

enum {
  CHANGED,
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DiptychTextPane *
pane_of (DiptychMarkController *self,
         DiptychSide            side)
{
  return diptych_pair_view_get_pane (self->pair_view, side);
}

static DiptychAnnotationDocument *
document_of (DiptychMarkController *self,
             DiptychSide            side)
{
  return diptych_annotation_layer_get_document (diptych_text_pane_get_layer (pane_of (self, side)));
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

/**
 * diptych_mark_controller_edit:
 * @annotation: a mark of the article on @side
 * @edited: a changed copy of it
 *
 * Gives @annotation the attributes of @edited, undoably.
 *
 * Returns: whether anything changed
 */
gboolean
diptych_mark_controller_edit (DiptychMarkController *self,
                              DiptychSide            side,
                              DiptychAnnotation     *annotation,
                              DiptychAnnotation     *edited)
{
  DiptychAnnotationDocument *document;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);

  document = document_of (self, side);
  if (document == NULL)
    return FALSE;
  return diptych_annotation_history_edit (self->history, document, annotation, edited);
}

/**
 * diptych_mark_controller_accept:
 * @annotation: a mark of the article on @side whose words changed
 *
 * Takes the mark's words as they are now, undoably: it becomes exact, and a
 * casualty figure is read again from its new words.
 *
 * Returns: whether the mark changed
 */
gboolean
diptych_mark_controller_accept (DiptychMarkController *self,
                                DiptychSide            side,
                                DiptychAnnotation     *annotation)
{
  DiptychAnnotationDocument *document;
  g_autoptr(DiptychAnnotation) accepted = NULL;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);

  document = document_of (self, side);
  if (document == NULL || diptych_annotation_document_get_text (document) == NULL)
    return FALSE;
  accepted = diptych_annotation_copy (annotation);
  diptych_annotation_accept_anchor (accepted, diptych_annotation_document_get_text (document));
  return diptych_annotation_history_edit (self->history, document, annotation, accepted);
}

/**
 * diptych_mark_controller_reattach:
 * @annotation: a mark of the article on @side
 *
 * Puts @annotation on the text selected in its article, undoably.
 *
 * Returns: whether there was a selection to put it on
 */
gboolean
diptych_mark_controller_reattach (DiptychMarkController *self,
                                  DiptychSide            side,
                                  DiptychAnnotation     *annotation)
{
  DiptychTextPane *pane;
  GtkTextIter start, end;
  g_autoptr(DiptychAnnotation) edited = NULL;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (annotation), FALSE);

  pane = pane_of (self, side);
  if (diptych_text_pane_get_text (pane) == NULL ||
      !gtk_text_buffer_get_selection_bounds (diptych_text_pane_get_buffer (pane), &start, &end))
    return FALSE;

  edited = diptych_annotation_copy (annotation);
  diptych_annotation_set_range (edited, diptych_text_pane_get_text (pane),
                                gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
  return diptych_mark_controller_edit (self, side, annotation, edited);
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
    diptych_text_view_set_mark_outline (diptych_text_pane_get_view (pane_of (self, side)),
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

/* A figure cut from a longer phrase keeps the outcome read in the
 * phrase ("…, including 20 women" were killed too).
 */
static void
take_outcome (DiptychAnnotation     *figure,
              const DiptychCasualty *read)
{
  DiptychCasualty c = *diptych_annotation_get_casualty (figure);

  if (c.outcome != DIPTYCH_OUTCOME_UNSTATED || read->outcome == DIPTYCH_OUTCOME_UNSTATED)
    return;
  c.outcome = read->outcome;
  diptych_annotation_set_casualty (figure, &c);
}

/**
 * diptych_mark_controller_mark:
 *
 * Marks the text selected in the active pane as @kind, following the
 * document's rules for a new mark: the words are trimmed and widened to
 * whole words, and a mark of that kind already on them is selected
 * instead of doubled.
 *
 * Returns: (transfer none) (nullable): the new (or existing) annotation,
 *   or %NULL when nothing is selected or, with @error set, the selection
 *   holds no words
 */
DiptychAnnotation *
diptych_mark_controller_mark (DiptychMarkController  *self,
                              DiptychAnnotationKind   kind,
                              GError                **error)
{
  g_autoptr(DiptychAnnotation) annotation = NULL;
  DiptychAnnotationDocument *document;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gboolean existing;
  DiptychOutcome last_outcome = DIPTYCH_OUTCOME_UNSTATED;
  DiptychSide side;

  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), NULL);

  if (!active_side (self, &side))
    return NULL;
  buffer = diptych_text_pane_get_buffer (pane_of (self, side));
  document = document_of (self, side);
  if (document == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;

  /* "killing 3 and wounding 14": two figures, each its own mark and its
   * own undo step; the last one is selected.
   */
  if (kind == DIPTYCH_ANNOTATION_CASUALTY)
    {
      g_autofree char *words = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_autoptr(GArray) parses = diptych_casualty_parse_all (words);
      guint offset = gtk_text_iter_get_offset (&start);

      for (guint i = 0; parses->len > 1 && i + 1 < parses->len; i++)
        {
          DiptychCasualtyParse *part = &g_array_index (parses, DiptychCasualtyParse, i);
          g_autoptr(DiptychAnnotation) figure = NULL;

          figure = diptych_annotation_document_prepare_mark (document, kind, offset + part->start,
                                                             offset + part->end, &existing, NULL);
          if (figure != NULL && !existing)
            {
              take_outcome (figure, &part->casualty);
              diptych_annotation_history_add (self->history, document, figure);
            }
        }
      if (parses->len > 1)
        {
          DiptychCasualtyParse *last = &g_array_index (parses, DiptychCasualtyParse, parses->len - 1);

          gtk_text_buffer_get_iter_at_offset (buffer, &start, offset + last->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + last->end);
          last_outcome = last->casualty.outcome;
        }
    }

  annotation = diptych_annotation_document_prepare_mark (document, kind,
                                                         gtk_text_iter_get_offset (&start),
                                                         gtk_text_iter_get_offset (&end),
                                                         &existing, error);
  if (annotation == NULL)
    return NULL;
  if (!existing && kind == DIPTYCH_ANNOTATION_CASUALTY &&
      diptych_annotation_get_casualty (annotation)->outcome == DIPTYCH_OUTCOME_UNSTATED)
    {
      DiptychCasualty c = *diptych_annotation_get_casualty (annotation);

      c.outcome = last_outcome;
      diptych_annotation_set_casualty (annotation, &c);
    }
  if (!existing && !diptych_annotation_history_add (self->history, document, annotation))
    return NULL;

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
  if (document_of (self, side) == NULL ||
      !diptych_annotation_history_remove (self->history, document_of (self, side), annotation))
    return FALSE;

  diptych_text_view_set_mark_outline (diptych_text_pane_get_view (pane_of (self, side)), -1, -1);
  g_clear_object (&self->selected);
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[REMOVED], 0, annotation);
  return TRUE;
}

/* An undo or redo changed @document: select what it touched, in the pane
 * that shows it.
 */
static void
applied_cb (DiptychMarkController     *self,
            DiptychAnnotationDocument *document,
            DiptychAnnotation         *annotation)
{
  for (guint side = 0; side < 2; side++)
    {
      if (document_of (self, side) != document)
        continue;
      if (annotation != NULL)
        diptych_mark_controller_select (self, side, annotation);
      else
        {
          diptych_text_view_set_mark_outline (diptych_text_pane_get_view (pane_of (self, side)), -1, -1);
          g_clear_object (&self->selected);
          g_signal_emit (self, signals[CHANGED], 0);
        }
      return;
    }
}

gboolean
diptych_mark_controller_undo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return diptych_annotation_history_undo (self->history);
}

gboolean
diptych_mark_controller_redo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return diptych_annotation_history_redo (self->history);
}

gboolean
diptych_mark_controller_can_undo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return diptych_annotation_history_can_undo (self->history);
}

gboolean
diptych_mark_controller_can_redo (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), FALSE);
  return diptych_annotation_history_can_redo (self->history);
}

/**
 * diptych_mark_controller_get_history:
 *
 * Returns: (transfer none): where every change of a mark goes
 */
DiptychAnnotationHistory *
diptych_mark_controller_get_history (DiptychMarkController *self)
{
  g_return_val_if_fail (DIPTYCH_IS_MARK_CONTROLLER (self), NULL);
  return self->history;
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

      if (document_of (self, side) == NULL)
        continue;
      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      at = diptych_annotation_document_at_offset (document_of (self, side),
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
  g_clear_object (&self->history);
  g_clear_weak_pointer (&self->pair_view);

  G_OBJECT_CLASS (diptych_mark_controller_parent_class)->dispose (object);
}

static void
diptych_mark_controller_class_init (DiptychMarkControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diptych_mark_controller_dispose;

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
}

/* Loading or merging replaced the marks of a pane: a selection there is
 * gone with them.
 */
static void
store_replaced_cb (DiptychMarkController  *self,
                   GParamSpec             *pspec,
                   DiptychAnnotationLayer *layer)
{
  DiptychAnnotationStore *store = diptych_annotation_layer_get_store (layer);

  if (self->selected == NULL || layer != diptych_text_pane_get_layer (pane_of (self, self->selected_side)))
    return;
  if (store != NULL &&
      diptych_annotation_store_lookup (store, diptych_annotation_get_id (self->selected)) == self->selected)
    return;
  diptych_text_view_set_mark_outline (diptych_text_pane_get_view (pane_of (self, self->selected_side)), -1, -1);
  g_clear_object (&self->selected);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
history_changed_cb (DiptychMarkController *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

DiptychMarkController *
diptych_mark_controller_new (DiptychPairView          *pair_view,
                             DiptychAnnotationHistory *history)
{
  DiptychMarkController *self;

  g_return_val_if_fail (DIPTYCH_IS_PAIR_VIEW (pair_view), NULL);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (history), NULL);

  self = g_object_new (DIPTYCH_TYPE_MARK_CONTROLLER, NULL);
  g_set_weak_pointer (&self->pair_view, pair_view);
  self->history = g_object_ref (history);
  g_signal_connect_object (history, "applied", G_CALLBACK (applied_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (history, "notify::can-undo", G_CALLBACK (history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  for (guint side = 0; side < 2; side++)
    {
      g_signal_connect_object (diptych_text_pane_get_buffer (pane_of (self, side)),
                               "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (diptych_text_pane_get_layer (pane_of (self, side)),
                               "notify::store", G_CALLBACK (store_replaced_cb), self,
                               G_CONNECT_SWAPPED);
    }
  return self;
}
