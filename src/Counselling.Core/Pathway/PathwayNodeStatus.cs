namespace Counselling.Core.Pathway;

/// <summary>Where a node of the shared pathway stands.</summary>
public enum PathwayNodeStatus
{
    /// <summary>Not started.</summary>
    Open = 1,

    /// <summary>Being worked on.</summary>
    InProgress = 2,

    /// <summary>Waiting for an answer from outside (the army's decision, a college's reply).</summary>
    Waiting = 3,

    /// <summary>Done, answered or chosen.</summary>
    Done = 4,

    /// <summary>Dropped.</summary>
    Abandoned = 5,
}
