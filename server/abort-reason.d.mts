export declare function releaseAbortReasonFrames(): void;
